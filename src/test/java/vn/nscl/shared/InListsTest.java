package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void each_distinct_id_is_asked_once_in_lists_of_a_thousand_at_most() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 2_500).boxed().toList());
        ids.addAll(List.of(1L, 2L, 2_500L));
        List<Integer> sizes = new ArrayList<>();
        List<Long> answered = InLists.inChunks(ids, chunk -> {
            sizes.add(chunk.size());
            return chunk;
        });
        assertThat(sizes).containsExactly(1_000, 1_000, 500);
        assertThat(answered).hasSize(2_500).doesNotHaveDuplicates().startsWith(1L, 2L).endsWith(2_500L);
        assertThat(InLists.inChunks(List.of(), chunk -> List.of("never asked"))).isEmpty();
    }
}
