// The tax ID workload of issue 7: 100,000 numbers of every type stdnum-js also validates,
// half of them known valid numbers from billkit's vectors (tests/vectors/tax_id/, each with
// its source), half the same numbers with one digit changed. Seeded, so every run times the
// same numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { seededRandom } from '../tools/random.mjs';

export const NUMBERS = 100_000;

/** billkit's (type, country) to stdnum-js's validator (`stdnum[COUNTRY][name]`), for every
 * pair stdnum-js 1.12 covers, as the project's tax-id-types.json records them. */
export const STDNUM_JS = {
  'ad_nrt:AD': 'AD.nrt', 'al_tin:AL': 'AL.nipt', 'ao_tin:AO': 'AO.nif', 'ar_cuit:AR': 'AR.cuit',
  'au_abn:AU': 'AU.abn', 'au_acn:AU': 'AU.acn', 'az_tin:AZ': 'AZ.tin', 'bg_uic:BG': 'BG.vat',
  'br_cnpj:BR': 'BR.cnpj', 'br_cpf:BR': 'BR.cpf', 'by_tin:BY': 'BY.unp', 'ca_bn:CA': 'CA.bn',
  'ca_gst_hst:CA': 'CA.gst', 'ca_pst_bc:CA': 'CA.pst', 'ca_qst:CA': 'CA.qst', 'ch_uid:CH': 'CH.uid',
  'ch_vat:CH': 'CH.vat', 'cl_tin:CL': 'CL.rut', 'cn_tin:CN': 'CN.uscc', 'co_nit:CO': 'CO.nit',
  'cr_tin:CR': 'CR.cpj', 'cz_dic:CZ': 'CZ.dic', 'de_stn:DE': 'DE.stnr', 'do_rcn:DO': 'DO.rnc',
  'ec_ruc:EC': 'EC.ruc', 'eg_tin:EG': 'EG.tn', 'es_cif:ES': 'ES.nif', 'eu_vat:AT': 'AT.vat',
  'eu_vat:BE': 'BE.vat', 'eu_vat:BG': 'BG.vat', 'eu_vat:CY': 'CY.vat', 'eu_vat:CZ': 'CZ.vat',
  'eu_vat:DE': 'DE.vat', 'eu_vat:DK': 'DK.vat', 'eu_vat:EE': 'EE.vat', 'eu_vat:GR': 'GR.vat',
  'eu_vat:ES': 'ES.vat', 'eu_vat:FI': 'FI.vat', 'eu_vat:FR': 'FR.vat', 'eu_vat:HR': 'HR.vat',
  'eu_vat:HU': 'HU.vat', 'eu_vat:IE': 'IE.vat', 'eu_vat:IT': 'IT.vat', 'eu_vat:LT': 'LT.vat',
  'eu_vat:LU': 'LU.vat', 'eu_vat:LV': 'LV.vat', 'eu_vat:MT': 'MT.vat', 'eu_vat:NL': 'NL.vat',
  'eu_vat:PL': 'PL.vat', 'eu_vat:PT': 'PT.vat', 'eu_vat:RO': 'RO.vat', 'eu_vat:SE': 'SE.vat',
  'eu_vat:SI': 'SI.vat', 'eu_vat:SK': 'SK.vat', 'fo_vat:FO': 'FO.vn', 'fr_siren:FR': 'FR.siren',
  'fr_siret:FR': 'FR.siret', 'fr_spi:FR': 'FR.nif', 'gb_vat:GB': 'GB.vat', 'gh_tin:GH': 'GH.tin',
  'gn_nif:GN': 'GN.nifp', 'hr_oib:HR': 'HR.oib', 'hu_tin:HU': 'HU.anum', 'ic_nif:ES': 'ES.nif',
  'id_npwp:ID': 'ID.npwp', 'il_vat:IL': 'IL.idnr', 'in_gst:IN': 'IN.gstin', 'is_kt:IS': 'IS.kennitala',
  'is_vat:IS': 'IS.vsk', 'it_cf:IT': 'IT.codicefiscale', 'jp_cn:JP': 'JP.cn', 'jp_trn:JP': 'JP.cn',
  'ke_pin:KE': 'KE.pin', 'kr_brn:KR': 'KR.brn', 'li_uid:LI': 'CH.uid', 'md_cf:MD': 'MD.idno',
  'me_pib:ME': 'ME.pib', 'mk_vat:MK': 'MK.edb', 'mx_rfc:MX': 'MX.rfc', 'mz_nuit:MZ': 'MZ.nuit',
  'no_vat:NO': 'NO.mva', 'nz_gst:NZ': 'NZ.ird', 'pe_ruc:PE': 'PE.ruc', 'pl_nip:PL': 'PL.nip',
  'pt_nif:PT': 'PT.nif', 'py_ruc:PY': 'PY.ruc', 'ro_tin:RO': 'RO.cif', 'rs_pib:RS': 'RS.pib',
  'ru_inn:RU': 'RU.inn', 'sg_gst:SG': 'SG.uen', 'sg_uen:SG': 'SG.uen', 'si_tin:SI': 'SI.ddv',
  'sm_coe:SM': 'SM.coe', 'sv_nit:SV': 'SV.nit', 'th_vat:TH': 'TH.tin', 'tr_tin:TR': 'TR.vkn',
  'tw_vat:TW': 'TW.ubn', 'us_ein:US': 'US.ein', 'uy_ruc:UY': 'UY.rut', 've_rif:VE': 'VE.rif',
  'vn_tin:VN': 'VN.mst', 'za_vat:ZA': 'ZA.vat',
};

const VECTORS = new URL('../tests/vectors/tax_id/', import.meta.url);

/** Rows `{ country, type, value, validator }`: `validator` is the stdnum-js path. */
export function taxIdWorkload(stdnum) {
  const next = seededRandom(11);
  const known = readdirSync(VECTORS).filter((name) => name.endsWith('.json') && name !== 'types.json')
    .flatMap((name) => JSON.parse(readFileSync(new URL(name, VECTORS))).types)
    .map((entry) => ({ entry, path: STDNUM_JS[`${entry.type}:${entry.country}`] }))
    .filter(({ path }) => path && stdnum[path.split('.')[0]]?.[path.split('.')[1]])
    .flatMap(({ entry, path }) => entry.valid.map((c) => ({ country: entry.country, type: entry.type, value: c.value, validator: path })));
  const rows = [];
  for (let i = 0; rows.length < NUMBERS; i += 1) {
    const row = known[Math.floor(next() * known.length)];
    if (i % 2 === 0) {
      rows.push(row);
    } else {
      const digits = [...row.value].flatMap((c, at) => (/[0-9]/.test(c) ? [at] : []));
      const at = digits[Math.floor(next() * digits.length)];
      const changed = String((Number(row.value[at]) + 1 + Math.floor(next() * 9)) % 10);
      rows.push({ ...row, value: row.value.slice(0, at) + changed + row.value.slice(at + 1) });
    }
  }
  return { rows, pairs: new Set(known.map((r) => `${r.type}:${r.country}`)).size };
}
