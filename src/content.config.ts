// The portal's collections, as any site made by `cchc init` declares them.
export { collections } from 'cchc-portal/content';
