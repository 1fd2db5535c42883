#!/usr/bin/env bash
# A contributor's sheet, made by the scaffold as the README tells and filled in as an editor would:
# another theme, a Swiss territory, no year. Run in a copy of the repository, which it commits to.
set -euo pipefail
node scripts/nouvelle-fiche.ts \
  --titre "Accompagnement de fin de vie à domicile dans le canton de Vaud" \
  --resume "Une équipe sociale rejoint les soignants au domicile de personnes en fin de vie pour soutenir leurs proches et garder le lien avec leurs droits." \
  --thematique accompagnement-social-palliatif --nature retour-d-experience \
  --territoire-libelle "Canton de Vaud" --territoire-pays Suisse --territoire-echelle canton --annee "" \
  --porteurs "Une association vaudoise" --typesActeurs association --publics personnes-agees --etat experimentation \
  --evaluation non-renseignee --sources-titre "Rapport d’activité de l’association" --sources-auteur "Une association vaudoise" \
  --facileALire "Une personne est très malade chez elle." --facileALire "Elle va bientôt mourir." \
  --facileALire "Une équipe vient l’aider, avec sa famille." --facileALire "Elle aide aussi à garder ses droits." \
  --slug fin-de-vie-a-domicile-vaud
fichier=content/pratiques/fin-de-vie-a-domicile-vaud.mdx
# Every section hint of the template becomes the editor's own sentence.
sed -i 's/^À COMPLÉTER : .*$/Texte écrit par l’éditeur, à partir de la source./' "$fichier"
node scripts/verifier.ts
git add "$fichier"
git -c user.name=contributeur -c user.email=contributeur@exemple.invalid commit -qm "Add a sheet made by the scaffold"
