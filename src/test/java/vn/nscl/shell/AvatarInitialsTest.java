package vn.nscl.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The avatar in the top bar shows two letters that fit its circle: family name's and given name's. */
class AvatarInitialsTest {

    @Test
    void two_letters_from_the_family_and_the_given_name() {
        assertThat(MainLayout.initials("Nguyễn Thị Minh Châu")).isEqualTo("NC");
        assertThat(MainLayout.initials("  đinh   văn  ân ")).isEqualTo("ĐÂ");
        assertThat(MainLayout.initials("Administrator")).isEqualTo("A");
        assertThat(MainLayout.initials("")).isEmpty();
    }
}
