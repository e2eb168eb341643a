/**
 * Who is acting: roles and the signed-in person, shared by every feature.
 */
package vn.thidua.access;
