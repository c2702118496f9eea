package org.protocolplanner.shared.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelegationNameTest {

    @Test
    void aCountryDelegationReadsInChineseByItsCountryAsTheBrowserNamesIt() {
        // The names Chromium's Intl.DisplayNames gives in zh, including those of the countries that older
        // locale data named otherwise (the two Congos, Côte d'Ivoire).
        assertThat(new DelegationName("Nepal", "NP").chinese()).isEqualTo("尼泊尔代表团");
        assertThat(new DelegationName("Republic of Kenya", "KE").chinese()).isEqualTo("肯尼亚代表团");
        assertThat(new DelegationName("DR Congo", "CD").chinese()).isEqualTo("刚果（金）代表团");
        assertThat(new DelegationName("Congo", "CG").chinese()).isEqualTo("刚果（布）代表团");
        assertThat(new DelegationName("Cote d'Ivoire", "CI").chinese()).isEqualTo("科特迪瓦代表团");
        assertThat(new DelegationName("Korea", "kr").chinese()).isEqualTo("韩国代表团");
    }

    @Test
    void inEnglishTheDelegationKeepsThePlansName() {
        assertThat(new DelegationName("Republic of Kenya", "KE").in(false)).isEqualTo("Republic of Kenya");
        assertThat(new DelegationName("Republic of Kenya", "KE").in(true)).isEqualTo("肯尼亚代表团");
    }

    @Test
    void aDelegationWithoutAKnownCountryKeepsItsOwnNameInChinese() {
        assertThat(new DelegationName("African Union", null).chinese()).isEqualTo("African Union");
        assertThat(new DelegationName("Observers", "QQ").chinese()).isEqualTo("Observers");
        assertThat(new DelegationName("Observers", "XX").chinese()).isEqualTo("Observers");
        assertThat(new DelegationName("Observers", "Nepal").chinese()).isEqualTo("Observers");
        assertThat(new DelegationName("Observers", "").chinese()).isEqualTo("Observers");
    }
}
