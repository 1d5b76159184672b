/**
 * The 34 provinces after the 2025 reorganisation and ~3,300 synthetic communes
 * (no districts: the two-level local government of July 2025). Commune names
 * are made from common Vietnamese place-name syllables; ids are unique.
 */
import type { Rng } from './rng.ts';

const PROVINCES: readonly [id: string, name: string][] = [
  ['ha-noi', 'Hà Nội'], ['hue', 'Huế'], ['lai-chau', 'Lai Châu'], ['dien-bien', 'Điện Biên'], ['son-la', 'Sơn La'],
  ['lang-son', 'Lạng Sơn'], ['quang-ninh', 'Quảng Ninh'], ['thanh-hoa', 'Thanh Hóa'], ['nghe-an', 'Nghệ An'],
  ['ha-tinh', 'Hà Tĩnh'], ['cao-bang', 'Cao Bằng'], ['tuyen-quang', 'Tuyên Quang'], ['lao-cai', 'Lào Cai'],
  ['thai-nguyen', 'Thái Nguyên'], ['phu-tho', 'Phú Thọ'], ['bac-ninh', 'Bắc Ninh'], ['hung-yen', 'Hưng Yên'],
  ['hai-phong', 'Hải Phòng'], ['ninh-binh', 'Ninh Bình'], ['quang-tri', 'Quảng Trị'], ['da-nang', 'Đà Nẵng'],
  ['quang-ngai', 'Quảng Ngãi'], ['gia-lai', 'Gia Lai'], ['khanh-hoa', 'Khánh Hòa'], ['lam-dong', 'Lâm Đồng'],
  ['dak-lak', 'Đắk Lắk'], ['ho-chi-minh', 'Hồ Chí Minh'], ['dong-nai', 'Đồng Nai'], ['tay-ninh', 'Tây Ninh'],
  ['can-tho', 'Cần Thơ'], ['vinh-long', 'Vĩnh Long'], ['dong-thap', 'Đồng Tháp'], ['ca-mau', 'Cà Mau'], ['an-giang', 'An Giang'],
];

/** [syllable, its ASCII id form] */
const SYLLABLES: readonly [string, string][] = [
  ['Tân', 'tan'], ['Phú', 'phu'], ['Hòa', 'hoa'], ['Bình', 'binh'], ['An', 'an'], ['Thạnh', 'thanh'], ['Lộc', 'loc'],
  ['Sơn', 'son'], ['Đông', 'dong'], ['Mỹ', 'my'], ['Hưng', 'hung'], ['Phúc', 'phuc'], ['Thượng', 'thuong'],
  ['Trung', 'trung'], ['Yên', 'yen'], ['Xuân', 'xuan'], ['Quang', 'quang'], ['Minh', 'minh'], ['Nậm', 'nam'],
  ['Pà', 'pa'], ['Mường', 'muong'], ['Tà', 'ta'], ['Đắk', 'dak'], ['Ea', 'ea'], ['Cư', 'cu'], ['Long', 'long'],
  ['Vĩnh', 'vinh'], ['Hải', 'hai'], ['Thái', 'thai'], ['Kim', 'kim'], ['Bản', 'ban'], ['Na', 'na'], ['Lũng', 'lung'],
  ['Khánh', 'khanh'], ['Đức', 'duc'], ['Thịnh', 'thinh'], ['Hà', 'ha'], ['Cao', 'cao'], ['Chiềng', 'chieng'], ['Nghĩa', 'nghia'],
];

export interface SynthArea {
  id: string;
  name: string;
  level: 'province' | 'commune';
  parent_id: string;
}

/** 34 provinces and `communes` communes shared out unevenly (mountain provinces have more). */
export function makeAreas(rng: Rng, communes = 3321): { provinces: SynthArea[]; communesOf: Map<string, SynthArea[]> } {
  const provinces = PROVINCES.map(([id, name]) => ({ id, name, level: 'province' as const, parent_id: '' }));
  const weights = provinces.map(() => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(20, Math.floor((w / sum) * communes)));
  counts[0]! += communes - counts.reduce((a, b) => a + b, 0);
  const communesOf = new Map<string, SynthArea[]>();
  provinces.forEach((p, i) => {
    const used = new Set<string>();
    const list: SynthArea[] = [];
    while (list.length < counts[i]!) {
      const [a, aa] = SYLLABLES[rng.int(SYLLABLES.length)]!;
      const [b, bb] = SYLLABLES[rng.int(SYLLABLES.length)]!;
      if (a === b) continue;
      let id = `${p.id}-${aa}-${bb}`;
      let name = `${a} ${b}`;
      for (let n = 2; used.has(id); n++) {
        id = `${p.id}-${aa}-${bb}-${n}`;
        name = `${a} ${b} ${n}`;
      }
      used.add(id);
      list.push({ id, name, level: 'commune', parent_id: p.id });
    }
    communesOf.set(p.id, list);
  });
  return { provinces, communesOf };
}
