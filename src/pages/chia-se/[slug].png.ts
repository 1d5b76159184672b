/** The share-preview images (og:image): /chia-se/<slug>.png, one per page with its own headline figure, one generic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePng } from '../../publish/share-image.ts';
import { viewContext } from '../../views/context.ts';
import { shareCards, type ShareCard } from '../../views/share.ts';

export const getStaticPaths = (async () => {
  const cards = [...shareCards(await viewContext()).values()];
  if (!import.meta.env.SITE)
    console.warn('Chưa đặt SITE_URL: ảnh xem trước (og:image) chỉ có đường dẫn trong trang và không có og:url, nên Facebook, Zalo sẽ không hiện ảnh. Đặt SITE_URL khi xây trang để công bố (xem README, Deploying).');
  // Every card starts drawing now, on resvg's threads, while the build writes the pages before these. A
  // drawing that fails is awaited again by GET (the same promise), which fails the build: handled here, so
  // its failure is the build's error (exit 2), not a crash of the process on an unhandled rejection.
  for (const card of cards) sharePng(card).catch(() => {});
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => new Response((await sharePng(props.card)).slice(), { headers: { 'Content-Type': 'image/png' } });
