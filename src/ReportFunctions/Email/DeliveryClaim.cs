namespace ReportFunctions.Email;

/// <summary>What <see cref="EmailDeliveries.ClaimAsync"/> found for an e-mail id.</summary>
public enum DeliveryClaim
{
    /// <summary>This invocation holds the id until its lease ends, and sends.</summary>
    Claimed,

    /// <summary>Sent before: nothing to do.</summary>
    AlreadySent,

    /// <summary>Another invocation holds an unexpired claim: it is sending the same e-mail right now.</summary>
    HeldByAnother,
}
