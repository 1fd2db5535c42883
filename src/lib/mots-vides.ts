// French words that carry no subject of their own — articles, pronouns, prepositions, conjunctions,
// auxiliaries and question words — after Snowball's French stop-word list, with the question words a
// reader starts a question with, and the forms of the modal verbs it asks with (« pourront », « faut »;
// never the infinitive: « pouvoir d'agir »). Compared folded: lowercase, no accents, straight apostrophe. « sans » is
// kept: « sans domicile », « sans suite » say something.
const LISTE = `
a ai aie aient aies ait as au aucun aucune aupres aussi autre autres aux avec avez avoir avons ayant c ca ce ceci cela celle
celles celui cependant ces cet cette ceux chaque chez comme comment d dans de des du donc dont elle elles en encore entre es
est et etaient etait etant ete etre eu eux faire fait font il ils j je l la le les leur leurs lorsque lui m ma mais me meme
memes mes moi mon n ne ni nos notre nous on ont ou par parce pas peu peut peuvent plus pour pourquoi puis qu quand que quel
quelle quelles quels qui quoi s sa se ses si sien soi son sont sous suis sur t ta te tes toi ton tous tout toute toutes
tres tu un une unes uns vers veut veulent voici voila vos votre vous y
peux pouvons pouvez pourra pourrai pourras pourrons pourrez pourront pourrait pourraient puisse puissent pu
veux voulons voulez voudra voudrait voudraient voulu dois doit doivent devons devez devra devrait devraient faut faudra
faudrait fallait
`;

/** The stop words, folded. */
export const MOTS_VIDES: ReadonlySet<string> = new Set(LISTE.split(/\s+/).filter(Boolean));
