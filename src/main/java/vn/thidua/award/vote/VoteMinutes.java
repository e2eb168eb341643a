package vn.thidua.award.vote;

/** The scanned minutes of a paper vote. */
public record VoteMinutes(String fileName, String contentType, byte[] content) {}
