/**
 * Small building blocks every feature shares: domain exceptions, search keys.
 */
package vn.thidua.common;
