import { findEntities, Registry } from './utils/analysis/entities';
for (const t of ["China will launch the Long March-5B carrier rocket into space in 2019, according to a spokesperson for the China Manned Space Engineering Office, Xinhua reported on March 5.",
"Utility Shenzhen Gas Corp, infrastructure specialist Shenzhen Airport Co, and port operator Shenzhen Yan Tian Port Holdings Co soared by the10 percent daily limit shortly after trading began."]) {
  console.log(findEntities(t, () => false, new Registry()).map((s) => `${s.type} ${t.slice(s.start, s.end)}`));
}
