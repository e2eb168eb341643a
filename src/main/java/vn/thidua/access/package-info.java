/**
 * Who is acting: roles and the signed-in person, shared by every feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.thidua.access;
