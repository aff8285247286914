/**
 * The roles find-role-at-company knows, as DATA: how people ask for them (query aliases, any of EN/DE/FR/ES/NL/IT/PT),
 * how titles spell them (search phrases, accents kept: the provider's title search does not fold diacritics), which
 * business function and seniority they are (the classification module's taxonomy), and what to look for instead
 * when nobody holds them (the fallback chain, CFO → VP Finance → Head of Finance → Finance Director).
 *
 * Two kinds of role:
 * - named roles (C-suite and their local equivalents, founders, general counsel …), listed in NAMED_ROLES;
 * - composed roles `<level>:<function>` ("vp:sales" = VP Sales, "head:security" = Head of Security), built from
 *   ROLE_LEVELS × ROLE_FUNCTIONS; their search phrases come from the level's templates and the function's words.
 * Compiled (folded, indexed) by role-catalog.ts; nothing here is code.
 */
import type { ManagementLevel } from '../../enrichment/domain/coresignal-records.js';
import type { SeniorityLevel, TitleFunction } from '../../classification/domain/title-taxonomy.js';

export type RoleLevel = 'vp' | 'head' | 'director' | 'manager';

export interface RoleFunctionData {
  /** key used in composed role keys ("vp:<key>") */
  key: string;
  /** how it reads in a label: "VP <label>", "Head of <label>" */
  label: string;
  /** the title normaliser's function for people in it */
  fn: TitleFunction;
  /** other normaliser functions whose people can hold its roles (scored a little lower) */
  related?: TitleFunction[];
  /** query words for it, any language (folded when compiled; several words allowed: "human resources") */
  words: string[];
  /** English title words the level templates are filled with */
  en: string[];
  /** titles in other languages, per level, as they are written (accents kept) */
  native?: Partial<Record<RoleLevel, string[]>>;
  /** key of the function's C-level role, if it has one */
  chief?: string;
}

export interface RoleLevelData {
  seniority: SeniorityLevel;
  /** Coresignal management levels people of this level carry */
  managementLevels: ManagementLevel[];
  /** query words for it, any language */
  words: string[];
  /** label pattern; {fn} is the function label */
  label: string;
  /** English title templates for the provider search; {w} is each of the function's English words */
  templates: string[];
  /** the order of composed roles tried when nobody holds this level ('chief' = the function's C-level role) */
  fallbacks: Array<RoleLevel | 'chief'>;
}

export interface NamedRoleData {
  key: string;
  /** short label used in answers: "CFO" */
  label: string;
  /** long form: "Chief Financial Officer" */
  title: string;
  fn: TitleFunction;
  related?: TitleFunction[];
  seniority: SeniorityLevel;
  /** how a query names it, any language (folded when compiled; matched as the whole role text) */
  aliases: string[];
  /** how titles name it (accents kept), for the provider's title search and for exact title matches */
  searchPhrases: string[];
  /** role keys (named or composed) tried in order when nobody holds it */
  fallbacks: string[];
}

export const ROLE_LEVELS: Readonly<Record<RoleLevel, RoleLevelData>> = {
  vp: {
    seniority: 'vp',
    managementLevels: ['VP-Level'],
    words: [
      'vp', 'vice president', 'vicepresident', 'svp', 'evp', 'senior vice president', 'executive vice president',
      'vizeprasident', 'vizeprasidentin', 'vice presidente', 'vicepresidente', 'vice presidenta', 'vicepresidenta',
    ],
    label: 'VP {fn}',
    templates: ['VP {w}', 'VP of {w}', 'Vice President {w}', 'Vice President of {w}', 'SVP {w}', 'EVP {w}', 'Senior Vice President {w}'],
    fallbacks: ['head', 'director', 'chief'],
  },
  head: {
    seniority: 'head',
    managementLevels: ['Director'],
    words: [
      'head', 'head of', 'global head', 'lead', 'leader', 'leiter', 'leiterin', 'leitung', 'bereichsleiter',
      'bereichsleiterin', 'abteilungsleiter', 'abteilungsleiterin', 'responsable', 'jefe', 'jefa', 'hoofd',
      'responsabile', 'chefe', 'responsavel',
    ],
    label: 'Head of {fn}',
    templates: ['Head of {w}', 'Head {w}'],
    fallbacks: ['director', 'vp', 'chief', 'manager'],
  },
  director: {
    seniority: 'director',
    managementLevels: ['Director'],
    words: [
      'director', 'dir', 'senior director', 'directeur', 'directrice', 'directora', 'direttore', 'direttrice',
      'diretor', 'diretora', 'direktor', 'direktorin',
    ],
    label: '{fn} Director',
    templates: ['{w} Director', 'Director of {w}', 'Director {w}'],
    fallbacks: ['head', 'vp', 'chief', 'manager'],
  },
  manager: {
    seniority: 'manager',
    managementLevels: ['Manager'],
    words: ['manager', 'managerin', 'mgr', 'gerente', 'teamleiter', 'teamleiterin', 'teamleider', 'team lead'],
    label: '{fn} Manager',
    templates: ['{w} Manager', 'Manager {w}', 'Manager of {w}'],
    fallbacks: ['head', 'director'],
  },
};

export const ROLE_FUNCTIONS: readonly RoleFunctionData[] = [
  {
    key: 'finance',
    label: 'Finance',
    fn: 'finance',
    words: [
      'finance', 'financial', 'finances', 'fin', 'finanz', 'finanzen', 'finanzas', 'financiero', 'financiera',
      'financier', 'financiere', 'financien', 'financieel', 'finanza', 'finanziario', 'finanziaria', 'financeiro',
      'financeira', 'financas', 'accounting', 'controlling', 'fp&a', 'fpa',
    ],
    en: ['Finance', 'Financial'],
    native: {
      head: ['Leiter Finanzen', 'Leiterin Finanzen', 'Leiter Finanzen und Controlling', 'Responsable Financier', 'Responsable Financière', 'Jefe de Finanzas', 'Jefa de Finanzas', 'Responsable de Finanzas', 'Hoofd Financiën', 'Responsabile Amministrazione e Finanza', 'Responsabile Finanza', 'Responsável Financeiro', 'Responsável Financeira'],
      director: ['Directeur Financier', 'Directrice Financière', 'Director de Finanzas', 'Directora de Finanzas', 'Financieel Directeur', 'Direttore Amministrativo', 'Direttrice Amministrativa', 'Diretor Financeiro', 'Diretora Financeira', 'Bereichsleiter Finanzen'],
      manager: ['Gerente Financiero', 'Gerente Financeiro', 'Manager Finance & Control'],
    },
    chief: 'cfo',
  },
  {
    key: 'sales',
    label: 'Sales',
    fn: 'sales',
    words: [
      'sales', 'sale', 'selling', 'vertrieb', 'verkauf', 'ventes', 'vente', 'commercial', 'commerciale', 'ventas',
      'comercial', 'verkoop', 'commercieel', 'vendite', 'vendas',
    ],
    en: ['Sales', 'Global Sales'],
    native: {
      head: ['Vertriebsleiter', 'Vertriebsleiterin', 'Leiter Vertrieb', 'Leiterin Vertrieb', 'Responsable Commercial', 'Responsable Commerciale', 'Jefe de Ventas', 'Jefa de Ventas', 'Hoofd Verkoop', 'Responsabile Commerciale', 'Responsabile Vendite', 'Chefe de Vendas'],
      director: ['Directeur Commercial', 'Directrice Commerciale', 'Director Comercial', 'Directora Comercial', 'Director de Ventas', 'Directora de Ventas', 'Commercieel Directeur', 'Sales Directeur', 'Direttore Commerciale', 'Direttrice Commerciale', 'Diretor Comercial', 'Diretora Comercial', 'Diretor de Vendas', 'Diretora de Vendas'],
      manager: ['Gerente de Ventas', 'Gerente Comercial', 'Gerente de Vendas'],
    },
    chief: 'cro',
  },
  {
    key: 'marketing',
    label: 'Marketing',
    fn: 'marketing',
    words: ['marketing', 'mktg', 'mkt', 'mercadotecnia', 'growth', 'demand generation', 'brand'],
    en: ['Marketing', 'Global Marketing'],
    native: {
      head: ['Leiter Marketing', 'Leiterin Marketing', 'Marketingleiter', 'Marketingleiterin', 'Responsable Marketing', 'Jefe de Marketing', 'Jefa de Marketing', 'Hoofd Marketing', 'Responsabile Marketing', 'Chefe de Marketing'],
      director: ['Marketing Directeur', 'Marketingdirecteur'],
      manager: ['Gerente de Marketing'],
    },
    chief: 'cmo',
  },
  {
    key: 'engineering',
    label: 'Engineering',
    fn: 'engineering',
    related: ['it', 'research'],
    words: [
      'engineering', 'eng', 'software', 'software engineering', 'development', 'software development', 'r&d',
      'research and development', 'entwicklung', 'softwareentwicklung', 'ingenierie', 'ingenieria', 'ontwikkeling',
      'ingegneria', 'engenharia', 'desarrollo', 'developpement', 'sviluppo', 'desenvolvimento',
    ],
    en: ['Engineering', 'Software Engineering', 'Platform Engineering'],
    native: {
      head: ['Leiter Entwicklung', 'Leiterin Entwicklung', 'Leiter Softwareentwicklung', 'Entwicklungsleiter', 'Entwicklungsleiterin', 'Responsable Développement', 'Jefe de Desarrollo', 'Jefa de Desarrollo', 'Jefe de Ingeniería', 'Hoofd Ontwikkeling', 'Responsabile Sviluppo', 'Chefe de Engenharia'],
      director: ['Directeur R&D', 'Directeur Ingénierie', 'Director de Ingeniería', 'Directora de Ingeniería', 'Director de Desarrollo', 'Direttore Sviluppo', 'Diretor de Engenharia', 'Diretora de Engenharia'],
    },
    chief: 'cto',
  },
  {
    key: 'technology',
    label: 'Technology',
    fn: 'engineering',
    related: ['it'],
    words: ['technology', 'tech', 'technik', 'technologie', 'tecnologia', 'technologia', 'techniek', 'tecnologias'],
    en: ['Technology'],
    native: {
      head: ['Leiter Technik', 'Leiterin Technik', 'Technikleiter', 'Responsable Technique', 'Jefe de Tecnología', 'Hoofd Technologie', 'Responsabile Tecnologia'],
      director: ['Directeur des Technologies', 'Director de Tecnologías', 'Direttore Tecnologia'],
    },
    chief: 'cto',
  },
  {
    key: 'it',
    label: 'IT',
    fn: 'it',
    related: ['engineering'],
    words: [
      'it', 'information technology', 'information technologies', 'ict', 'informatique', 'informatica', 'sistemas',
      'systemes d information', 'sistemi informativi', 'ti', 'edv', 'infrastructure', 'infrastruktur',
    ],
    en: ['IT', 'Information Technology', 'Infrastructure'],
    native: {
      head: ['IT-Leiter', 'IT-Leiterin', 'Leiter IT', 'Leiterin IT', 'Responsable Informatique', 'Jefe de Sistemas', 'Jefa de Sistemas', 'Jefe de IT', 'Hoofd IT', 'Hoofd ICT', 'Responsabile IT', 'Responsabile Sistemi Informativi', 'Gerente de TI'],
      director: ['Directeur Informatique', 'Directrice Informatique', 'Director de Sistemas', 'Director de Informática', 'Directora de Sistemas', 'IT Directeur', 'ICT Directeur', 'Direttore IT', 'Direttore Sistemi Informativi', 'Diretor de TI', 'Diretora de TI'],
    },
    chief: 'cio',
  },
  {
    key: 'security',
    label: 'Security',
    fn: 'security',
    related: ['it'],
    words: [
      'security', 'information security', 'infosec', 'cyber security', 'cybersecurity', 'cyber', 'it security',
      'sicherheit', 'informationssicherheit', 'it sicherheit', 'securite', 'cybersecurite', 'seguridad',
      'ciberseguridad', 'beveiliging', 'informatiebeveiliging', 'sicurezza', 'seguranca', 'security operations',
    ],
    en: ['Security', 'Information Security', 'Cyber Security', 'Cybersecurity', 'IT Security'],
    native: {
      head: ['Leiter Informationssicherheit', 'Leiterin Informationssicherheit', 'Leiter IT-Sicherheit', 'Leiterin IT-Sicherheit', 'Responsable Sécurité', 'Responsable de la Sécurité', 'Jefe de Seguridad', 'Jefa de Seguridad', 'Hoofd Informatiebeveiliging', 'Responsabile Sicurezza', 'Responsável de Segurança'],
      director: ['Directeur Sécurité', 'Directeur Cybersécurité', 'Director de Seguridad', 'Directora de Seguridad', 'Direttore Sicurezza', 'Diretor de Segurança'],
    },
    chief: 'ciso',
  },
  {
    key: 'product',
    label: 'Product',
    fn: 'product',
    words: ['product', 'product management', 'products', 'produkt', 'produktmanagement', 'produit', 'producto', 'prodotto', 'produto'],
    en: ['Product', 'Product Management'],
    native: {
      head: ['Leiter Produktmanagement', 'Leiterin Produktmanagement', 'Responsable Produit', 'Jefe de Producto', 'Hoofd Product', 'Responsabile Prodotto'],
      director: ['Directeur Produit', 'Directrice Produit', 'Director de Producto', 'Directora de Producto', 'Direttore Prodotto', 'Diretor de Produto'],
    },
    chief: 'cpo',
  },
  {
    key: 'data',
    label: 'Data',
    fn: 'data',
    words: ['data', 'analytics', 'data science', 'data and analytics', 'business intelligence', 'bi', 'daten', 'donnees', 'datos', 'dati', 'dados'],
    en: ['Data', 'Data & Analytics', 'Analytics', 'Data Science', 'Business Intelligence'],
    native: {
      head: ['Leiter Data', 'Responsable Data', 'Responsable des Données', 'Jefe de Datos', 'Hoofd Data', 'Responsabile Dati'],
      director: ['Directeur Data', 'Director de Datos', 'Direttore Dati', 'Diretor de Dados'],
    },
    chief: 'cdo',
  },
  {
    key: 'operations',
    label: 'Operations',
    fn: 'operations',
    words: ['operations', 'ops', 'operation', 'operating', 'betrieb', 'operations management', 'operaciones', 'operaties', 'bedrijfsvoering', 'operazioni', 'operacoes', 'exploitation'],
    en: ['Operations', 'Business Operations'],
    native: {
      head: ['Leiter Operations', 'Leiterin Operations', 'Betriebsleiter', 'Betriebsleiterin', 'Responsable des Opérations', 'Jefe de Operaciones', 'Hoofd Operations', 'Responsabile Operations'],
      director: ['Directeur des Opérations', 'Directrice des Opérations', 'Director de Operaciones', 'Directora de Operaciones', 'Operationeel Directeur', 'Direttore Operativo', 'Diretor de Operações'],
    },
    chief: 'coo',
  },
  {
    key: 'hr',
    label: 'HR',
    fn: 'hr',
    words: [
      'hr', 'human resources', 'people', 'people and culture', 'talent', 'personal', 'personalwesen', 'rh',
      'ressources humaines', 'recursos humanos', 'rrhh', 'personeelszaken', 'risorse umane',
    ],
    en: ['HR', 'Human Resources', 'People', 'People & Culture'],
    native: {
      head: ['Leiter Personal', 'Leiterin Personal', 'Personalleiter', 'Personalleiterin', 'Responsable RH', 'Responsable des Ressources Humaines', 'Jefe de Recursos Humanos', 'Jefa de Recursos Humanos', 'Hoofd HR', 'Hoofd Personeelszaken', 'Responsabile Risorse Umane', 'Responsabile HR', 'Gerente de RH'],
      director: ['Directeur des Ressources Humaines', 'Directrice des Ressources Humaines', 'Director de Recursos Humanos', 'Directora de Recursos Humanos', 'HR Directeur', 'Direttore Risorse Umane', 'Direttrice Risorse Umane', 'Diretor de Recursos Humanos', 'Diretora de Recursos Humanos'],
    },
    chief: 'chro',
  },
  {
    key: 'legal',
    label: 'Legal',
    fn: 'legal',
    words: ['legal', 'law', 'recht', 'rechtsabteilung', 'juridique', 'juridico', 'juridica', 'juridisch', 'juridische zaken', 'legale', 'affari legali', 'compliance'],
    en: ['Legal', 'Legal Affairs'],
    native: {
      head: ['Leiter Recht', 'Leiterin Recht', 'Leiter Rechtsabteilung', 'Leiterin Rechtsabteilung', 'Responsable Juridique', 'Jefe de Asesoría Jurídica', 'Hoofd Juridische Zaken', 'Responsabile Legale', 'Responsabile Affari Legali'],
      director: ['Directeur Juridique', 'Directrice Juridique', 'Director Jurídico', 'Directora Jurídica', 'Directeur Juridische Zaken', 'Direttore Affari Legali', 'Diretor Jurídico', 'Diretora Jurídica'],
    },
    chief: 'general_counsel',
  },
  {
    key: 'procurement',
    label: 'Procurement',
    fn: 'procurement',
    words: ['procurement', 'purchasing', 'sourcing', 'einkauf', 'beschaffung', 'achats', 'achat', 'compras', 'inkoop', 'acquisti'],
    en: ['Procurement', 'Purchasing', 'Global Sourcing'],
    native: {
      head: ['Leiter Einkauf', 'Leiterin Einkauf', 'Einkaufsleiter', 'Einkaufsleiterin', 'Responsable Achats', 'Jefe de Compras', 'Jefa de Compras', 'Hoofd Inkoop', 'Responsabile Acquisti'],
      director: ['Directeur des Achats', 'Directrice des Achats', 'Directeur Achats', 'Director de Compras', 'Directora de Compras', 'Inkoopdirecteur', 'Direttore Acquisti', 'Diretor de Compras'],
    },
    chief: 'chief_procurement_officer',
  },
  {
    key: 'customer_success',
    label: 'Customer Success',
    fn: 'customer_success',
    related: ['customer_support'],
    words: ['customer success', 'customer experience', 'client services', 'client success', 'cx', 'kundenerfolg', 'succes client', 'exito del cliente'],
    en: ['Customer Success', 'Customer Experience', 'Client Services'],
    chief: 'chief_customer_officer',
  },
  {
    key: 'customer_support',
    label: 'Customer Support',
    fn: 'customer_support',
    related: ['customer_success'],
    words: ['support', 'customer support', 'customer service', 'customer care', 'service', 'kundenservice', 'kundendienst', 'service client', 'atencion al cliente', 'klantenservice', 'assistenza clienti', 'atendimento'],
    en: ['Support', 'Customer Support', 'Customer Service', 'Support & Services'],
    native: { head: ['Leiter Kundenservice', 'Leiterin Kundenservice', 'Responsable Service Client', 'Jefe de Atención al Cliente', 'Hoofd Klantenservice', 'Responsabile Assistenza Clienti'] },
  },
  {
    key: 'business_development',
    label: 'Business Development',
    fn: 'business_development',
    related: ['sales'],
    words: ['business development', 'biz dev', 'bizdev', 'bd', 'partnerships', 'partnership', 'alliances', 'strategic alliances', 'corporate development', 'geschaftsentwicklung', 'developpement commercial', 'desarrollo de negocio'],
    en: ['Business Development', 'Partnerships', 'Strategic Alliances', 'Corporate Development'],
  },
  {
    key: 'revenue_operations',
    label: 'Revenue Operations',
    fn: 'sales',
    words: ['revenue operations', 'revops', 'rev ops', 'sales operations', 'sales ops', 'salesops', 'sales enablement', 'enablement'],
    en: ['Revenue Operations', 'RevOps', 'Sales Operations', 'Sales Enablement'],
  },
  {
    key: 'communications',
    label: 'Communications',
    fn: 'marketing',
    words: ['communications', 'communication', 'comms', 'corporate communications', 'pr', 'public relations', 'kommunikation', 'unternehmenskommunikation', 'comunicacion', 'comunicazione', 'comunicacao'],
    en: ['Communications', 'Corporate Communications', 'Public Relations'],
  },
];

/**
 * Named roles. Aliases are matched against the WHOLE role text of a query (folded); search phrases against titles
 * as whole words. Local "director of finance"-style titles that mean the C-level role in their language (Director
 * Financiero, Directeur Financier, Financieel Directeur, Direttore Finanziario, Diretor Financeiro) are aliases of
 * the C-level role, as the demo universe and most local org charts use them.
 */
export const NAMED_ROLES: readonly NamedRoleData[] = [
  {
    key: 'ceo',
    label: 'CEO',
    title: 'Chief Executive Officer',
    fn: 'executive',
    seniority: 'c_level',
    aliases: [
      'ceo', 'chief executive officer', 'chief executive', 'chef executive officer', 'president and ceo', 'founder and ceo',
      'geschaftsfuhrer', 'geschaftsfuhrerin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'vorstandschef',
      'vorstandschefin', 'pdg', 'president directeur general', 'directeur general', 'directrice generale', 'dg',
      'director general', 'directora general', 'consejero delegado', 'consejera delegada', 'director ejecutivo',
      'directora ejecutiva', 'algemeen directeur', 'amministratore delegato', 'ad', 'diretor executivo',
      'diretora executiva', 'diretor geral', 'diretora geral', 'diretor presidente', 'diretora presidente', 'boss',
    ],
    searchPhrases: [
      'CEO', 'Chief Executive Officer', 'Chief Executive', 'Geschäftsführer', 'Geschäftsführerin', 'Vorstandsvorsitzender',
      'Vorstandsvorsitzende', 'PDG', 'Président-Directeur Général', 'Directeur Général', 'Directrice Générale',
      'Director General', 'Directora General', 'Consejero Delegado', 'Consejera Delegada', 'Director Ejecutivo',
      'Algemeen Directeur', 'Amministratore Delegato', 'Diretor Executivo', 'Diretora Executiva', 'Diretor Geral',
      'Diretora Geral', 'Diretor-Presidente',
    ],
    fallbacks: ['managing_director', 'president', 'founder', 'owner'],
  },
  {
    key: 'managing_director',
    label: 'Managing Director',
    title: 'Managing Director',
    fn: 'executive',
    seniority: 'c_level',
    aliases: ['managing director', 'md', 'directeur-eigenaar', 'directeur eigenaar', 'directeur generaal'],
    searchPhrases: ['Managing Director', 'Directeur-eigenaar', 'Directeur Generaal'],
    fallbacks: ['ceo', 'president', 'founder', 'owner'],
  },
  {
    key: 'president',
    label: 'President',
    title: 'President',
    fn: 'executive',
    seniority: 'c_level',
    aliases: ['president', 'presidente', 'prasident', 'prasidentin', 'presidenta'],
    searchPhrases: ['President', 'Presidente', 'Président', 'Präsident', 'Presidenta'],
    fallbacks: ['ceo', 'managing_director', 'founder'],
  },
  {
    key: 'founder',
    label: 'Founder',
    title: 'Founder',
    fn: 'executive',
    seniority: 'c_level',
    aliases: ['founder', 'co founder', 'cofounder', 'grunder', 'grunderin', 'mitgrunder', 'mitgrunderin', 'fondateur', 'fondatrice', 'cofondateur', 'fundador', 'fundadora', 'cofundador', 'oprichter', 'medeoprichter', 'fondatore', 'fondatrice', 'cofondatore'],
    searchPhrases: ['Founder', 'Co-Founder', 'Cofounder', 'Gründer', 'Gründerin', 'Mitgründer', 'Fondateur', 'Fondatrice', 'Fundador', 'Fundadora', 'Oprichter', 'Fondatore'],
    fallbacks: ['ceo', 'owner', 'managing_director'],
  },
  {
    key: 'owner',
    label: 'Owner',
    title: 'Owner',
    fn: 'executive',
    seniority: 'owner',
    aliases: ['owner', 'inhaber', 'inhaberin', 'proprietaire', 'dueno', 'duena', 'propietario', 'propietaria', 'eigenaar', 'titolare', 'proprietario', 'proprietaria', 'dono', 'dona'],
    searchPhrases: ['Owner', 'Inhaber', 'Inhaberin', 'Propriétaire', 'Dueño', 'Propietario', 'Eigenaar', 'Titolare', 'Proprietário', 'Proprietária'],
    fallbacks: ['founder', 'ceo', 'managing_director'],
  },
  {
    key: 'cfo',
    label: 'CFO',
    title: 'Chief Financial Officer',
    fn: 'finance',
    seniority: 'c_level',
    aliases: [
      'cfo', 'chief financial officer', 'chief finance officer', 'chief financial', 'finance chief', 'group cfo',
      'finanzvorstand', 'finanzvorstandin', 'finanzchef', 'finanzchefin', 'kaufmannischer geschaftsfuhrer',
      'kaufmannische geschaftsfuhrerin', 'kaufmannische geschaftsfuhrer', 'kaufmannischen geschaftsfuhrer',
      'kaufmannischen geschaftsfuhrerin', 'geschaftsfuhrer finanzen', 'daf', 'directeur financier', 'directrice financiere',
      'directeur administratif et financier', 'directrice administrative et financiere', 'director financiero',
      'directora financiera', 'director de finanzas', 'directora de finanzas', 'financieel directeur', 'directeur financien',
      'direttore finanziario', 'direttrice finanziaria', 'direttore amministrativo e finanziario', 'diretor financeiro',
      'diretora financeira', 'diretor de financas', 'diretora de financas', 'head of finance and administration',
    ],
    searchPhrases: [
      'CFO', 'Chief Financial Officer', 'Chief Finance Officer', 'Finanzvorstand', 'Finanzvorständin', 'Finanzchef',
      'Finanzchefin', 'Kaufmännischer Geschäftsführer', 'Kaufmännische Geschäftsführerin', 'Geschäftsführer Finanzen',
      'Geschäftsführerin Finanzen', 'DAF', 'Directeur Financier', 'Directrice Financière', 'Directeur Administratif et Financier',
      'Directrice Administrative et Financière', 'Director Financiero', 'Directora Financiera', 'Director de Finanzas',
      'Directora de Finanzas', 'Financieel Directeur', 'Directeur Financiën', 'Direttore Finanziario', 'Direttrice Finanziaria',
      'Direttore Amministrazione Finanza e Controllo', 'Diretor Financeiro', 'Diretora Financeira', 'Diretor Administrativo e Financeiro',
      'Diretora Administrativa e Financeira', 'Diretor de Finanças',
    ],
    fallbacks: ['vp:finance', 'head:finance', 'director:finance'],
  },
  {
    key: 'cto',
    label: 'CTO',
    title: 'Chief Technology Officer',
    fn: 'engineering',
    related: ['it'],
    seniority: 'c_level',
    aliases: [
      'cto', 'chief technology officer', 'chief technical officer', 'chief technologist', 'technischer geschaftsfuhrer',
      'technische geschaftsfuhrerin', 'technische geschaftsfuhrer', 'technischen geschaftsfuhrer', 'technischen geschaftsfuhrerin', 'technologievorstand', 'technikvorstand', 'technikchef', 'technikchefin',
      'directeur technique', 'directrice technique', 'directeur des technologies', 'directrice des technologies',
      'director de tecnologia', 'directora de tecnologia', 'director tecnico', 'directora tecnica', 'technisch directeur',
      'direttore tecnico', 'direttrice tecnica', 'diretor de tecnologia', 'diretora de tecnologia', 'diretor tecnico',
      'diretora tecnica', 'technical co founder', 'technical cofounder',
    ],
    searchPhrases: [
      'CTO', 'Chief Technology Officer', 'Chief Technical Officer', 'Technischer Geschäftsführer', 'Technische Geschäftsführerin',
      'Technologievorstand', 'Technikvorstand', 'Directeur Technique', 'Directrice Technique', 'Directeur des Technologies',
      'Directrice des Technologies', 'Director de Tecnología', 'Directora de Tecnología', 'Director Técnico', 'Directora Técnica',
      'Technisch Directeur', 'Direttore Tecnico', 'Direttrice Tecnica', 'Diretor de Tecnologia', 'Diretora de Tecnologia',
      'Technical Co-Founder',
    ],
    fallbacks: ['vp:engineering', 'head:engineering', 'director:engineering', 'vp:technology', 'head:technology'],
  },
  {
    key: 'cmo',
    label: 'CMO',
    title: 'Chief Marketing Officer',
    fn: 'marketing',
    seniority: 'c_level',
    aliases: [
      'cmo', 'chief marketing officer', 'chief growth officer', 'marketingvorstand', 'marketingchef', 'marketingchefin',
      'directeur marketing', 'directrice marketing', 'directeur du marketing', 'directrice du marketing',
      'directeur marketing groupe', 'director de marketing', 'directora de marketing', 'director general de marketing',
      'marketing directeur', 'marketingdirecteur', 'direttore marketing', 'direttrice marketing', 'diretor de marketing',
      'diretora de marketing',
    ],
    searchPhrases: [
      'CMO', 'Chief Marketing Officer', 'Chief Growth Officer', 'Marketingvorstand', 'Marketingchef', 'Directeur Marketing',
      'Directrice Marketing', 'Director de Marketing', 'Directora de Marketing', 'Director General de Marketing',
      'Marketing Directeur', 'Marketingdirecteur', 'Direttore Marketing', 'Direttrice Marketing', 'Diretor de Marketing',
      'Diretora de Marketing',
    ],
    fallbacks: ['vp:marketing', 'head:marketing', 'director:marketing'],
  },
  {
    key: 'coo',
    label: 'COO',
    title: 'Chief Operating Officer',
    fn: 'operations',
    seniority: 'c_level',
    aliases: ['coo', 'chief operating officer', 'chief operations officer', 'vorstand operations', 'directeur des operations', 'directrice des operations', 'director de operaciones', 'directora de operaciones', 'operationeel directeur', 'direttore operativo', 'diretor de operacoes', 'diretora de operacoes'],
    searchPhrases: ['COO', 'Chief Operating Officer', 'Chief Operations Officer', 'Vorstand Operations', 'Directeur des Opérations', 'Director de Operaciones', 'Operationeel Directeur', 'Direttore Operativo', 'Diretor de Operações'],
    fallbacks: ['vp:operations', 'head:operations', 'director:operations'],
  },
  {
    key: 'cio',
    label: 'CIO',
    title: 'Chief Information Officer',
    fn: 'it',
    related: ['engineering'],
    seniority: 'c_level',
    aliases: ['cio', 'chief information officer', 'chief digital and information officer', 'dsi', 'directeur des systemes d information', 'directrice des systemes d information', 'director de sistemas', 'director de informatica', 'director de sistemas de informacion', 'ict directeur', 'it directeur', 'direttore sistemi informativi', 'diretor de ti', 'diretora de ti'],
    searchPhrases: ['CIO', 'Chief Information Officer', 'DSI', 'Directeur des Systèmes d’Information', 'Director de Sistemas', 'Director de Informática', 'Direttore Sistemi Informativi', 'Diretor de TI'],
    fallbacks: ['vp:it', 'head:it', 'director:it'],
  },
  {
    key: 'ciso',
    label: 'CISO',
    title: 'Chief Information Security Officer',
    fn: 'security',
    related: ['it'],
    seniority: 'c_level',
    aliases: ['ciso', 'chief information security officer', 'chief security officer', 'chief cybersecurity officer', 'chief cyber security officer', 'rssi', 'responsable de la securite des systemes d information'],
    searchPhrases: ['CISO', 'Chief Information Security Officer', 'Chief Security Officer', 'Chief Cybersecurity Officer', 'RSSI'],
    fallbacks: ['vp:security', 'head:security', 'director:security'],
  },
  {
    key: 'cro',
    label: 'CRO',
    title: 'Chief Revenue Officer',
    fn: 'sales',
    seniority: 'c_level',
    aliases: ['cro', 'chief revenue officer', 'revenue chief'],
    searchPhrases: ['CRO', 'Chief Revenue Officer'],
    fallbacks: ['cso', 'vp:sales', 'head:sales', 'director:sales'],
  },
  {
    key: 'cso',
    label: 'CSO',
    title: 'Chief Sales Officer',
    fn: 'sales',
    seniority: 'c_level',
    aliases: ['cso', 'chief sales officer', 'vertriebsvorstand', 'vertriebsvorstandin', 'vertriebschef', 'vertriebschefin', 'sales chief'],
    searchPhrases: ['CSO', 'Chief Sales Officer', 'Vertriebsvorstand', 'Vertriebschef', 'Vertriebschefin'],
    fallbacks: ['cro', 'vp:sales', 'head:sales', 'director:sales'],
  },
  {
    key: 'cco',
    label: 'CCO',
    title: 'Chief Commercial Officer',
    fn: 'sales',
    seniority: 'c_level',
    aliases: ['cco', 'chief commercial officer'],
    searchPhrases: ['CCO', 'Chief Commercial Officer'],
    fallbacks: ['cro', 'cso', 'vp:sales', 'head:sales'],
  },
  {
    key: 'chro',
    label: 'CHRO',
    title: 'Chief Human Resources Officer',
    fn: 'hr',
    seniority: 'c_level',
    aliases: ['chro', 'chief human resources officer', 'chief people officer', 'chief hr officer', 'chief talent officer', 'personalvorstand', 'personalvorstandin', 'arbeitsdirektor', 'arbeitsdirektorin', 'drh', 'directeur des ressources humaines', 'directrice des ressources humaines', 'director de recursos humanos', 'directora de recursos humanos', 'hr directeur', 'direttore risorse umane', 'direttrice risorse umane', 'diretor de recursos humanos', 'diretora de recursos humanos', 'diretor de rh'],
    searchPhrases: ['CHRO', 'Chief Human Resources Officer', 'Chief People Officer', 'Chief HR Officer', 'Personalvorstand', 'Arbeitsdirektor', 'DRH', 'Directeur des Ressources Humaines', 'Directrice des Ressources Humaines', 'Director de Recursos Humanos', 'Directora de Recursos Humanos', 'HR Directeur', 'Direttore Risorse Umane', 'Diretor de Recursos Humanos'],
    fallbacks: ['vp:hr', 'head:hr', 'director:hr'],
  },
  {
    key: 'cpo',
    label: 'CPO',
    title: 'Chief Product Officer',
    fn: 'product',
    seniority: 'c_level',
    aliases: ['cpo', 'chief product officer', 'produktvorstand'],
    searchPhrases: ['Chief Product Officer', 'CPO'],
    fallbacks: ['vp:product', 'head:product', 'director:product'],
  },
  {
    key: 'cdo',
    label: 'CDO',
    title: 'Chief Data Officer',
    fn: 'data',
    seniority: 'c_level',
    aliases: ['cdo', 'chief data officer', 'chief analytics officer', 'chief data and analytics officer'],
    searchPhrases: ['CDO', 'Chief Data Officer', 'Chief Analytics Officer', 'Chief Data & Analytics Officer'],
    fallbacks: ['vp:data', 'head:data', 'director:data'],
  },
  {
    key: 'general_counsel',
    label: 'General Counsel',
    title: 'General Counsel',
    fn: 'legal',
    seniority: 'c_level',
    aliases: ['general counsel', 'gc', 'clo', 'chief legal officer', 'chief counsel', 'head legal counsel', 'syndikus', 'chefsyndikus', 'justiziar', 'justiziarin', 'directeur juridique', 'directrice juridique', 'director juridico', 'directora juridica', 'juridisch directeur', 'direttore legale', 'direttore affari legali', 'diretor juridico', 'diretora juridica'],
    searchPhrases: ['General Counsel', 'Chief Legal Officer', 'CLO', 'Chief Counsel', 'Chefsyndikus', 'Justiziar', 'Justiziarin', 'Directeur Juridique', 'Directrice Juridique', 'Director Jurídico', 'Directora Jurídica', 'Juridisch Directeur', 'Direttore Affari Legali', 'Diretor Jurídico', 'Diretora Jurídica'],
    fallbacks: ['vp:legal', 'head:legal', 'director:legal'],
  },
  {
    key: 'chief_procurement_officer',
    label: 'Chief Procurement Officer',
    title: 'Chief Procurement Officer',
    fn: 'procurement',
    seniority: 'c_level',
    aliases: ['chief procurement officer', 'chief purchasing officer', 'einkaufsvorstand', 'einkaufschef', 'einkaufschefin'],
    searchPhrases: ['Chief Procurement Officer', 'Chief Purchasing Officer', 'Einkaufsvorstand', 'Einkaufschef'],
    fallbacks: ['vp:procurement', 'head:procurement', 'director:procurement'],
  },
  {
    key: 'chief_customer_officer',
    label: 'Chief Customer Officer',
    title: 'Chief Customer Officer',
    fn: 'customer_success',
    related: ['executive', 'customer_support'],
    seniority: 'c_level',
    aliases: ['chief customer officer', 'chief experience officer', 'chief client officer'],
    searchPhrases: ['Chief Customer Officer', 'Chief Experience Officer', 'Chief Client Officer'],
    fallbacks: ['vp:customer_success', 'head:customer_success', 'director:customer_success'],
  },
];

/** Words that glue a role together ("head OF security", "directeur administratif ET financier"). */
export const ROLE_FILLERS = ['of', 'the', 'for', 'and', '&', 'de', 'des', 'du', 'la', 'le', 'et', 'der', 'die', 'fur', 'und', 'del', 'y', 'van', 'en', 'di', 'e', 'da', 'do', 'dos', 'das', 'della'];

/** Words that qualify a role without changing it ("the CURRENT CFO", "GLOBAL head of sales"). */
export const ROLE_MODIFIERS = [
  'current', 'currently', 'present', 'global', 'group', 'corporate', 'worldwide', 'international', 'new', 'acting',
  'interim', 'main', 'top', 'their', 'its', 'aktuelle', 'aktueller', 'aktuellen', 'actuel', 'actuelle',
  'actual', 'huidige', 'attuale', 'atual', 'senior', 'sr', 'over',
  // regions: "VP Sales EMEA" is still the VP Sales
  'emea', 'apac', 'latam', 'dach', 'benelux', 'nordics', 'americas', 'amer', 'europe', 'european', 'usa', 'uk',
];

/** German/Dutch compound heads that carry a level: "Vertriebsleiter" = vertrieb + leiter. */
export const COMPOUND_LEVEL_SUFFIXES: ReadonlyArray<readonly [string, RoleLevel | 'chief']> = [
  ['leiterin', 'head'],
  ['leiter', 'head'],
  ['leitung', 'head'],
  ['chefin', 'head'],
  ['chef', 'head'],
  ['direktorin', 'director'],
  ['direktor', 'director'],
  ['directeur', 'director'],
  ['managerin', 'manager'],
  ['manager', 'manager'],
  ['vorstandin', 'chief'],
  ['vorstand', 'chief'],
];
