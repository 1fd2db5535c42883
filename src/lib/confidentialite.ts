// No personal contact is ever published: these find an e-mail address or a French, Belgian or Swiss
// phone number in a line of text (the verifier refuses them, the tests look for them in the built pages).
export const COURRIEL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
export const TELEPHONE = /(?:\+33\s?|\+32\s?|\+41\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;
