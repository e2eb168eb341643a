/**
 * The web shell: the layout and its navigation, the home page, error pages, upload limits and web configuration.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "common", "organization"})
package vn.thidua.web;
