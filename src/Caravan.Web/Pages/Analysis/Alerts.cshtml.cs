using Caravan.Core.Alerts;
using Caravan.Core.Events;
using Caravan.Extraction.Knowledge;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Analysis;

/// <summary>The alerts the user's organisation may see, newest first, and its organisation's rules, which its analysts add, edit and delete here.</summary>
public sealed class AlertsModel(StoreProvider stores) : PageModel
{
    public IReadOnlyList<(Alert Alert, StoredEvent? Event)> Alerts { get; private set; } = [];

    public IReadOnlyList<AlertRule> Rules { get; private set; } = [];

    /// <summary>What is wrong with the rule the analyst sent, every field at once; the form keeps what was typed.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty] public RuleForm Rule { get; set; } = new();

    /// <summary>The rule being edited, when the page was opened with ?edit=ID.</summary>
    public AlertRule? Editing { get; private set; }

    public IActionResult OnGet(long? edit)
    {
        Load();
        if (edit is { } id)
        {
            Editing = Rules.FirstOrDefault(r => r.Id == id);
            if (Editing is null)
            {
                return NotFound();
            }

            Rule = RuleForm.Of(Editing);
        }

        return Page();
    }

    public IActionResult OnPostAdd() => Save(editing: null);

    public IActionResult OnPostEdit(long id) => Save(editing: id);

    private IActionResult Save(long? editing)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Rule.Name))
        {
            errors.Add("Name: give the rule a name.");
        }

        EventType? type = null;
        if (!string.IsNullOrWhiteSpace(Rule.Type))
        {
            if (EventTypes.TryParse(Rule.Type, out var parsed))
            {
                type = parsed;
            }
            else
            {
                errors.Add($"Type: '{Rule.Type}' is not an event type.");
            }
        }

        string? country = null;
        if (!string.IsNullOrWhiteSpace(Rule.Country) && (country = CountryCodes.Of(Rule.Country)) is null)
        {
            errors.Add($"Country: '{Rule.Country}' is not a country name or two-letter ISO code.");
        }

        if (Rule.MinFatalities is < 0)
        {
            errors.Add("Killed at least: a count cannot be negative.");
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Load();
            Editing = editing is { } id ? Rules.FirstOrDefault(r => r.Id == id) : null;
            return Page();
        }

        var rule = new AlertRule(editing ?? 0, Rule.Name!.Trim(), User.Organisation())
        {
            Type = type,
            Country = country,
            Admin1 = Blank(Rule.Admin1),
            Actor = Blank(Rule.Actor),
            Keyword = Blank(Rule.Keyword),
            MinFatalities = Rule.MinFatalities,
        };
        using var store = stores.Open();
        if (editing is null)
        {
            store.AddAlertRule(rule);
            return RedirectToPage(new { added = rule.Name });
        }

        return store.UpdateAlertRule(rule) ? RedirectToPage(new { saved = rule.Name }) : NotFound();
    }

    public IActionResult OnPostDelete(long id)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        using var store = stores.Open();
        return store.DeleteAlertRule(id) ? RedirectToPage(new { deleted = id }) : NotFound();
    }

    private void Load()
    {
        Message = Request.Query["added"] is { Count: > 0 } added ? $"Rule '{added}' added; it runs on events from now on."
            : Request.Query["saved"] is { Count: > 0 } saved ? $"Rule '{saved}' saved; it matches this way from now on."
            : Request.Query["deleted"] is { Count: > 0 } ? "Rule deleted." : null;
        using var store = stores.Open();
        Alerts = [.. store.Alerts(200).Select(a => (a, store.GetEvent(a.EventId)))];
        Rules = [.. store.AlertRules().Where(r => r.Owner == User.Organisation())];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A rule as the form sends it.</summary>
    public sealed class RuleForm
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Country { get; set; }
        public string? Admin1 { get; set; }
        public string? Actor { get; set; }
        public string? Keyword { get; set; }
        public int? MinFatalities { get; set; }

        public static RuleForm Of(AlertRule rule) => new()
        {
            Name = rule.Name,
            Type = rule.Type?.ToWireName(),
            Country = rule.Country,
            Admin1 = rule.Admin1,
            Actor = rule.Actor,
            Keyword = rule.Keyword,
            MinFatalities = rule.MinFatalities,
        };
    }
}
