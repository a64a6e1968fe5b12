package news.akhbar.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import news.akhbar.common.security.Role;

@ApplicationScoped
class StaffAccountRepository implements PanacheRepository<StaffAccount> {

    Optional<StaffAccount> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }

    long countEnabledAdmins() {
        return count("role = ?1 and enabled = true", Role.ADMIN);
    }
}
