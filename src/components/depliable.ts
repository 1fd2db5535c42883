// Disclosures that fold content away on a phone only (details[data-ouvert-large="<min width>"]: the menu,
// the sheet's boxes, the search filters) are opened on a wide screen, so that their state says what the
// eye sees. Without JavaScript, global.css shows their content on a wide screen all the same.
for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-ouvert-large]')) {
  const large = matchMedia(`(min-width: ${d.dataset.ouvertLarge})`);
  const suivre = () => (d.open = large.matches);
  suivre();
  large.addEventListener('change', suivre);
}
