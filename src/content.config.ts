/**
 * Report narratives: one MDX page per source report, in content/. The frontmatter
 * names the report's id in data/reports.csv; the report pages check it against the
 * data (src/content/narratives.ts), since the data is not part of this collection.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './content/dir.ts';

const dir = contentDir();

const narratives = defineCollection({
  // No content folder for this data folder: an empty collection (a folder that never has .mdx).
  loader: glob({ pattern: dir ? '**/*.mdx' : '__none__/*.mdx', base: dir ?? './src/content' }),
  schema: z.object({
    /** The report's id in data/reports.csv. */
    report: z.string().regex(/^[a-z0-9-]+$/, 'mã báo cáo chỉ gồm chữ thường không dấu, số và dấu gạch nối'),
    /** One sentence for the report list and search results. */
    summary: z.string().min(20),
  }),
});

export const collections = { narratives };
