interface ImportMetaEnv {
  /** The output folder of `astro build`, defined by src/integrations/downloads-output.ts; undefined in the dev server and tests. */
  readonly MTQG_BUILD_OUT?: string;
}
