package vn.thidua.notification;

/** Someone with an e-mail address to tell, as {@link Recipients} gives them. */
public record RecipientAddress(long userId, String email, String fullName) {}
