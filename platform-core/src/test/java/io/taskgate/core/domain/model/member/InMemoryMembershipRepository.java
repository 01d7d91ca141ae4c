package io.taskgate.core.domain.model.member;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Memberships in a map, for tests without a database. */
public class InMemoryMembershipRepository implements MembershipRepository {

    /** The memberships by id ({@link Membership#idOf}); tests may read and arrange them directly. */
    protected final Map<String, Membership> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<Membership> find(String tenantId, String username) {
        return Optional.ofNullable(rows.get(Membership.idOf(tenantId, username)));
    }

    @Override
    public List<Membership> findByTenant(String tenantId) {
        return rows.values().stream().filter(m -> m.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Membership::username)).toList();
    }

    @Override
    public List<Membership> findByUsername(String username) {
        return rows.values().stream().filter(m -> m.username().equals(username)).toList();
    }

    @Override
    public void add(Membership membership) {
        if (rows.putIfAbsent(membership.id(), membership) != null) {
            throw new IllegalStateException("duplicate " + membership.id());
        }
    }

    @Override
    public void linkSubjectIfUnknown(String tenantId, String username, String subject) {
        find(tenantId, username).filter(m -> m.subject() == null)
                .ifPresent(m -> m.linkIdentity(subject, null, m.updatedAt()));
    }

    @Override
    public Membership update(Membership membership) {
        rows.put(membership.id(), membership);
        return membership;
    }
}
