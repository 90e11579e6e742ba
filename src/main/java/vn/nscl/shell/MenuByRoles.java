package vn.nscl.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The side navigation's entries, worked out once per set of roles. Vaadin's menu checks the access rules of every
 * route each time it is asked, and every new page asked it: in the load test that was a visible share of a page's
 * first response. Access to a route here depends on the roles alone (annotations on the views), so people with the
 * same roles see the same entries; the titles are still translated per person.
 */
@Component
class MenuByRoles {

    private final Map<Set<String>, List<MenuEntry>> entries = new ConcurrentHashMap<>();

    List<MenuEntry> forCurrentUser() {
        return entries.computeIfAbsent(currentRoles(), roles -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static Set<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
