package vn.thidua.organization.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizerRepository extends JpaRepository<Organizer, Long> {}
