/**
 * The history of awards (lịch sử khen thưởng): each unit's awards year by year, its predecessors' too, the search of
 * individuals' awards, the awards the proposal's prerequisites read, and the import of past awards from a spreadsheet.
 */
package vn.thidua.award.history;
