package vn.thidua.award.registration;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationWindowRepository extends JpaRepository<RegistrationWindow, RegistrationWindow.Key> {}
