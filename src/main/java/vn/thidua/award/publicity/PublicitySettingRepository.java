package vn.thidua.award.publicity;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicitySettingRepository extends JpaRepository<PublicitySetting, Long> {}
