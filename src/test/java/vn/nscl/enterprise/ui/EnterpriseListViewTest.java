package vn.nscl.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import vn.nscl.testsupport.KaribuTest;

class EnterpriseListViewTest extends KaribuTest {

    @Test
    void an_officer_finds_enterprises_by_name_commune_and_sector() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("enterprises");
        EnterpriseListView list = _get(EnterpriseListView.class);
        assertThat(GridKt._size(list.grid)).isGreaterThanOrEqualTo(20);
        list.search.setValue("Hồ tiêu Vĩnh");
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0).enterpriseCode()).isEqualTo("3200612345");
        list.search.setValue("HO TIEU vinh");
        assertThat(GridKt._size(list.grid)).as("typed without diacritics").isEqualTo(1);
        list.search.clear();
        list.sector.setValue(list.sector.getGenericDataView().getItems().filter(s -> s.code().equals("I"))
                .findFirst().orElseThrow());
        assertThat(GridKt._size(list.grid)).isGreaterThanOrEqualTo(2);
        list.commune.setValue(list.commune.getGenericDataView().getItems()
                .filter(c -> c.name().equals("Đặc khu Cồn Cỏ")).findFirst().orElseThrow());
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
    }
}
