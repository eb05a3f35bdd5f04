package org.attache.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.evaluation.Coded.actor;
import static org.attache.evaluation.Coded.code;

class MappingTablesTest {

    @Test
    void ploverCategoriesFollowTheRootTable() {
        assertThat(PloverCategories.of(code("010", null))).isEqualTo(PloverCategories.STATEMENT);
        assertThat(PloverCategories.of(code("0243", "REQUEST"))).isEqualTo("REQUEST");
        assertThat(PloverCategories.of(code("036", "AGREE"))).isEqualTo("AGREE");
        assertThat(PloverCategories.of(code("0811", "CONCEDE"))).isEqualTo("CONCEDE");
        assertThat(PloverCategories.of(code("0871", "RETREAT"))).isEqualTo("RETREAT");
        assertThat(PloverCategories.of(code("080", null))).isEqualTo("CONCEDE");
        assertThat(PloverCategories.of(code("090", "ACCUSE"))).isEqualTo("INVESTIGATE");
        assertThat(PloverCategories.of(code("1041", "REQUEST"))).isEqualTo("DEMAND");
        assertThat(PloverCategories.of(code("112", "ACCUSE"))).isEqualTo("DISAPPROVE");
        assertThat(PloverCategories.of(code("166", "SANCTION"))).isEqualTo("SANCTION");
        assertThat(PloverCategories.of(code("173", "COERCE"))).isEqualTo("COERCE");
        assertThat(PloverCategories.of(code("183", "ASSAULT"))).isEqualTo("ASSAULT");
        assertThat(PloverCategories.of(code("190", "ASSAULT"))).isEqualTo("FIGHT");
        assertThat(PloverCategories.of(code("202", "ASSAULT"))).isEqualTo("FIGHT");
        assertThat(PloverCategories.GOLD).hasSize(18);
    }

    @Test
    void pentaClassesByRoot() {
        assertThat(PentaClass.ofRoot(1)).isZero();
        assertThat(PentaClass.ofRoot(2)).isZero();
        assertThat(PentaClass.ofRoot(3)).isEqualTo(1);
        assertThat(PentaClass.ofRoot(5)).isEqualTo(1);
        assertThat(PentaClass.ofRoot(6)).isEqualTo(2);
        assertThat(PentaClass.ofRoot(8)).isEqualTo(2);
        assertThat(PentaClass.ofRoot(9)).isEqualTo(3);
        assertThat(PentaClass.ofRoot(13)).isEqualTo(3);
        assertThat(PentaClass.ofRoot(16)).isEqualTo(3);
        assertThat(PentaClass.ofRoot(14)).isEqualTo(4);
        assertThat(PentaClass.ofRoot(15)).isEqualTo(4);
        assertThat(PentaClass.ofRoot(17)).isEqualTo(4);
        assertThat(PentaClass.ofRoot(20)).isEqualTo(4);
        assertThat(PentaClass.of(code("1712", null))).isEqualTo(4);
    }

    @Test
    void countryCodesMeetInOneSpace() {
        CountryCodes codes = new CountryCodes(Map.of("GRP", "FRD", "NOB", "", "ISL", "SYR"));
        assertThat(CountryCodes.gold("JAP")).isEqualTo("JPN");
        assertThat(CountryCodes.gold("itl")).isEqualTo("ITA");
        assertThat(CountryCodes.gold("USA")).isEqualTo("USA");
        assertThat(codes.coded(null)).isNull();
        assertThat(codes.coded(actor("USAGOV", "USA", "GOV"))).isEqualTo("USA");
        assertThat(codes.coded(actor("IGOUNO", "UNO", "IGO"))).isEqualTo("IGO");
        assertThat(codes.coded(actor("NGOAMN", "AMN", "NGO"))).isEqualTo("NGO");
        assertThat(codes.coded(actor("GRP", "GRP", "INS"))).as("named group: its base").isEqualTo("FRD");
        assertThat(codes.coded(actor("NOB", "NOB", "INS"))).as("named group without a base").isEqualTo("IMG");
        assertThat(codes.coded(actor("ISL", "ISL", null))).as("a country whose code is also a group's").isEqualTo("ISL");
        assertThat(codes.coded(actor("ISLGOV", "ISL", "GOV"))).isEqualTo("ISL");
    }

    @Test
    void officialsOfInternationalBodiesAreTheirBodysKind() {
        CountryCodes codes = new CountryCodes(Map.of(), Map.of("UNO", "IGO", "AMN", "NGO"));
        assertThat(codes.coded(actor("UNOGOV", "UNO", "GOV"))).as("the UN Secretary-General").isEqualTo("IGO");
        assertThat(codes.coded(actor("AMNGOV", "AMN", "GOV"))).isEqualTo("NGO");
        assertThat(codes.coded(actor("USAGOV", "USA", "GOV"))).isEqualTo("USA");
        assertThat(CountryCodes.bundled().coded(actor("UNOGOV", "UNO", "GOV"))).isEqualTo("IGO");
    }
}
