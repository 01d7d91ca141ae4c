package io.taskgate.core.domain.model.apikey;

import java.util.HashSet;
import java.util.Set;

/** What a key may be used for: always a subset of what its owner was granted when it was created. */
public record KeyGrant(Set<String> tenants, Set<String> tasks, Set<String> endpoints, Set<String> models,
                       Set<String> roles) {

    public KeyGrant {
        tenants = Set.copyOf(tenants);
        tasks = Set.copyOf(tasks);
        endpoints = Set.copyOf(endpoints);
        models = Set.copyOf(models);
        roles = Set.copyOf(roles);
    }

    /** Narrows this grant to the requested values; an empty request keeps everything of that kind. */
    public KeyGrant narrowTo(Set<String> wantTasks, Set<String> wantEndpoints, Set<String> wantModels) {
        return new KeyGrant(tenants, intersect(tasks, wantTasks), intersect(endpoints, wantEndpoints),
                intersect(models, wantModels), roles);
    }

    private static Set<String> intersect(Set<String> granted, Set<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return granted;
        }
        Set<String> result = new HashSet<>(granted);
        result.retainAll(wanted);
        return result;
    }
}
