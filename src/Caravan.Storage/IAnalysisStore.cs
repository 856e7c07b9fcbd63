namespace Caravan.Storage;

/// <summary>Analysts' rulings that the analyses (commitments) read back: the ruling outranks what reports suggest.</summary>
public interface IAnalysisStore
{
    /// <summary>Records a ruling on a commitment's status, with the audit entry, in one transaction.</summary>
    void RuleOnCommitment(StoredCommitmentRuling ruling);

    IReadOnlyList<StoredCommitmentRuling> CommitmentRulings();

    /// <summary>Grades an outlet's reliability (Admiralty A-F); the latest grade stands.</summary>
    void RateOutlet(string outlet, string grade, string analyst, string? note);

    /// <summary>Outlet → grade, for the outlets that have one.</summary>
    IReadOnlyDictionary<string, string> OutletRatings();

    /// <summary>
    /// A value that changes whenever something the analyses read changes (documents, events, reviews, rulings,
    /// partners, anything audited), so that an analysis of the whole corpus is computed once per change, not per page.
    /// </summary>
    string ChangeStamp();
}

/// <summary>A status an analyst set for the commitment with key <see cref="Key"/>, with why.</summary>
public sealed record StoredCommitmentRuling(string Key, string Status, string Analyst, DateTimeOffset At, string? Note);
