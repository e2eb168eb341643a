/**
 * Decisions on awards (quyết định khen thưởng) and the awards they grant, revoke or amend: written once, never
 * changed.
 */
package vn.thidua.award.decision;
