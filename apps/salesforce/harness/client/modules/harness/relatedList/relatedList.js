import { LightningElement, api } from 'lwc';

const COLUMNS = [
    ['Name', 'Record'],
    ['Status__c', 'Status'],
    ['Eid__c', 'eID'],
    ['Verified_Name__c', 'Verified Name'],
    ['National_Id_Masked__c', 'National ID (masked)'],
    ['Level_Of_Assurance__c', 'Level'],
    ['Match_Verdict__c', 'Match'],
    ['Binding_Message__c', 'Code'],
    ['Error_Code__c', 'Error'],
    ['Started_At__c', 'Started'],
    ['Id_Token_Sha256__c', 'ID Token SHA-256']
];

function shortTime(iso) {
    return iso ? new Date(iso).toLocaleTimeString('en-GB') : '';
}

/** The "Identity Verifications" related list of the Case: Identity_Verification__c records, newest first. */
export default class RelatedList extends LightningElement {
    @api title = 'Identity Verifications';
    @api records = [];

    get columns() {
        return COLUMNS.map(([field, label]) => ({ field, label }));
    }

    get rows() {
        return (this.records || []).map((record) => ({
            id: record.Id,
            status: record.Status__c,
            cells: COLUMNS.map(([field]) => {
                let value = record[field] || '';
                if (field === 'Started_At__c') value = shortTime(value);
                if (field === 'Id_Token_Sha256__c' && value) value = `${value.slice(0, 12)}…`;
                return { key: `${record.Id}-${field}`, field, value };
            })
        }));
    }

    get empty() {
        return !this.records || this.records.length === 0;
    }
}
