package org.protocolplanner.tools.generator;

import java.util.List;

/**
 * Who may send a delegation: countries (ISO 3166 alpha-2 code and short English name; China is
 * the host and never a guest) and international organisations. Which of them come, and at what
 * rank, is drawn: nothing here says that any of them attends a real event.
 */
final class Participants {

    /** Each entry is "CODE Name". */
    static final List<String> COUNTRIES = List.of(
            "AE United Arab Emirates", "AF Afghanistan", "AL Albania", "AM Armenia", "AO Angola", "AR Argentina",
            "AT Austria", "AU Australia", "AZ Azerbaijan", "BA Bosnia and Herzegovina", "BD Bangladesh",
            "BE Belgium", "BF Burkina Faso", "BG Bulgaria", "BH Bahrain", "BJ Benin", "BN Brunei", "BO Bolivia",
            "BR Brazil", "BW Botswana", "BY Belarus", "CD DR Congo", "CF Central African Republic", "CG Congo",
            "CH Switzerland", "CI Cote d'Ivoire", "CL Chile", "CM Cameroon", "CO Colombia", "CR Costa Rica",
            "CU Cuba", "CY Cyprus", "CZ Czechia", "DE Germany", "DJ Djibouti", "DK Denmark", "DZ Algeria",
            "EC Ecuador", "EE Estonia", "EG Egypt", "ER Eritrea", "ES Spain", "ET Ethiopia", "FI Finland",
            "FJ Fiji", "FR France", "GA Gabon", "GB United Kingdom", "GE Georgia", "GH Ghana", "GN Guinea",
            "GR Greece", "GY Guyana", "HR Croatia", "HU Hungary", "ID Indonesia", "IE Ireland", "IL Israel",
            "IN India", "IQ Iraq", "IR Iran", "IS Iceland", "IT Italy", "JM Jamaica", "JO Jordan", "JP Japan",
            "KE Kenya", "KG Kyrgyzstan", "KH Cambodia", "KR Republic of Korea", "KW Kuwait", "KZ Kazakhstan",
            "LA Laos", "LB Lebanon", "LK Sri Lanka", "LR Liberia", "LS Lesotho", "LT Lithuania",
            "LU Luxembourg", "LV Latvia", "LY Libya", "MA Morocco", "MD Moldova", "ME Montenegro",
            "MG Madagascar", "MK North Macedonia", "ML Mali", "MM Myanmar", "MN Mongolia", "MR Mauritania",
            "MT Malta", "MU Mauritius", "MV Maldives", "MW Malawi", "MX Mexico", "MY Malaysia",
            "MZ Mozambique", "NA Namibia", "NE Niger", "NG Nigeria", "NI Nicaragua", "NL Netherlands",
            "NO Norway", "NP Nepal", "NZ New Zealand", "OM Oman", "PA Panama", "PE Peru",
            "PG Papua New Guinea", "PH Philippines", "PK Pakistan", "PL Poland", "PT Portugal", "PY Paraguay",
            "QA Qatar", "RO Romania", "RS Serbia", "RU Russia", "RW Rwanda", "SA Saudi Arabia",
            "SB Solomon Islands", "SC Seychelles", "SD Sudan", "SE Sweden", "SG Singapore", "SI Slovenia",
            "SK Slovakia", "SL Sierra Leone", "SN Senegal", "SO Somalia", "SR Suriname", "SS South Sudan",
            "SY Syria", "TD Chad", "TG Togo", "TH Thailand", "TJ Tajikistan", "TL Timor-Leste",
            "TM Turkmenistan", "TN Tunisia", "TO Tonga", "TR Turkiye", "TT Trinidad and Tobago", "TZ Tanzania",
            "UA Ukraine", "UG Uganda", "US United States", "UY Uruguay", "UZ Uzbekistan", "VE Venezuela",
            "VN Viet Nam", "VU Vanuatu", "WS Samoa", "YE Yemen", "ZA South Africa", "ZM Zambia",
            "ZW Zimbabwe");

    static final List<String> ORGANISATIONS = List.of(
            "United Nations", "African Union Commission", "ASEAN Secretariat", "World Health Organization",
            "World Trade Organization", "International Monetary Fund", "World Bank Group", "UNESCO",
            "Food and Agriculture Organization", "UN Industrial Development Organization",
            "International Telecommunication Union", "Shanghai Cooperation Organisation Secretariat",
            "New Development Bank", "Asian Infrastructure Investment Bank", "League of Arab States",
            "UN Development Programme", "International Labour Organization", "World Meteorological Organization",
            "International Civil Aviation Organization", "UN Environment Programme");

    private Participants() {
    }
}
