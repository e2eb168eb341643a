/**
 * Awards (khen thưởng): award types and their rules as data, registration (đăng ký thi đua), the cluster's secret
 * vote (bình xét, suy tôn) and its proposal to the organiser with the dossier. The root package is the module's
 * public API: what other features may read; everything in the sub-packages is internal.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "access",
            "account",
            "audit",
            "common",
            "notification",
            "infrastructure",
            "organization",
            "scoring"
        })
package vn.thidua.award;
