namespace Caravan.Core.Audit;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string Read = "read";
    public const string Ingest = "ingest";
    public const string Import = "import";
    public const string Export = "export";
    public const string Review = "review";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Share = "share";
    public const string Sync = "sync";
    public const string Delete = "delete";
    public const string Change = "change";
}
