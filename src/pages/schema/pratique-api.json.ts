// What /api/pratiques.json publishes, as JSON Schema, for re-users: one record of its `pratiques` list.
import type { APIRoute } from 'astro';
import { pratiqueApi } from '../../schema/fiche.ts';
import { reponseSchema, schemaJson } from '../../lib/schema-json.ts';
import { href } from '../../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  reponseSchema(
    schemaJson(pratiqueApi, 'output', {
      $id: new URL(href('schema/pratique-api.json'), site).href,
      title: 'Pratique — élément de /api/pratiques.json',
      description:
        'Un élément de la liste « pratiques » de /api/pratiques.json : l’identifiant, l’adresse permanente et le niveau de preuve de la fiche, tous les champs de son en-tête (valeurs par défaut comprises), puis ses sections et leurs ancres.',
    }),
  );
