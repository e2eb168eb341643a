package vn.thidua.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Query("""
            select u from UserAccount u
            where u.organizerId = :organizerId
              and (cast(function('search_key', u.fullName) as String) like :pattern escape '\\'
                   or lower(u.username) like :pattern escape '\\')
            """)
    Page<UserAccount> search(@Param("organizerId") long organizerId, @Param("pattern") String pattern, Pageable pageable);
}
