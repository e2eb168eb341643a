package vn.thidua.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizerRepository extends JpaRepository<Organizer, Long> {}
