/** The topic pages whose print is measured (docs/benchmarks.md) and tested: one of each kind. */
export const PRINT_PAGES = [
  '/',
  '/giai-ngan/',
  '/cong-trinh/',
  '/ho-ngheo/',
  '/nguoi-co-uy-tin/',
  '/dia-ban/bac-giang/',
  '/dia-ban/bach-thong/',
  '/bao-cao/bg-2024-04/',
  '/ban-in/',
  '/dia-ban/bach-thong/ban-in/',
];
