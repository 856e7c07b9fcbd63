using System.Data.Common;
using System.Globalization;
using Caravan.Core.Alerts;
using Caravan.Core.Events;

namespace Caravan.Storage.Relational;

/// <summary>Alert rules, alerts and webhook deliveries.</summary>
public abstract partial class RelationalEventStore
{
    private const string AlertColumns = "a.id, a.rule_id, r.name, a.event_id, a.at, a.delivered_at, a.attempts, a.last_error, a.next_attempt_at, a.detail";

    public AlertRule AddAlertRule(AlertRule rule)
    {
        using var insert = Command(
            """
            INSERT INTO alert_rules (name, owner_org, type, country, admin1, actor, keyword, min_fatalities, webhook, secret, anomalies, created_at)
            VALUES (@name, @owner, @type, @country, @admin1, @actor, @keyword, @min, @webhook, @secret, @anomalies, @at)
            RETURNING id
            """);
        BindMatch(insert, rule);
        Add(insert, "@owner", rule.Owner);
        Add(insert, "@webhook", Nullable(rule.Webhook?.ToString()));
        Add(insert, "@secret", Nullable(rule.Secret));
        Add(insert, "@anomalies", rule.Anomalies ? 1 : 0);
        Add(insert, "@at", Now());
        return rule with { Id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture) };
    }

    public bool UpdateAlertRule(AlertRule rule)
    {
        using var transaction = connection.BeginTransaction();
        using var update = Command(
            """
            UPDATE alert_rules SET name = @name, type = @type, country = @country, admin1 = @admin1, actor = @actor, keyword = @keyword, min_fatalities = @min
            WHERE id = @id AND (CAST(@owner AS TEXT) IS NULL OR owner_org = @owner)
            """, transaction);
        Add(update, "@id", rule.Id);
        Add(update, "@owner", Nullable(Reader.Organisation));
        BindMatch(update, rule);
        var updated = update.ExecuteNonQuery() > 0;
        if (updated)
        {
            AuditChange(transaction, Actor, Core.Audit.AuditActions.Change, $"alert-rule/{rule.Id}", rule.Describe(), null);
        }

        transaction.Commit();
        return updated;
    }

    /// <summary>A rule's name and what it matches, as the insert and the update bind them.</summary>
    private static void BindMatch(DbCommand command, AlertRule rule)
    {
        Add(command, "@name", rule.Name);
        Add(command, "@type", Nullable(rule.Type?.ToWireName()));
        Add(command, "@country", Nullable(rule.Country?.ToUpperInvariant()));
        Add(command, "@admin1", Nullable(rule.Admin1));
        Add(command, "@actor", Nullable(rule.Actor));
        Add(command, "@keyword", Nullable(rule.Keyword));
        Add(command, "@min", rule.MinFatalities is { } min ? min : DBNull.Value);
    }

    public bool DeleteAlertRule(long id)
    {
        using var transaction = connection.BeginTransaction();
        using var delete = Command("DELETE FROM alert_rules WHERE id = @id AND (CAST(@owner AS TEXT) IS NULL OR owner_org = @owner)", transaction);
        Add(delete, "@id", id);
        Add(delete, "@owner", Nullable(Reader.Organisation));
        var deleted = delete.ExecuteNonQuery() > 0;
        if (deleted)
        {
            AuditChange(transaction, Actor, Core.Audit.AuditActions.Delete, $"alert-rule/{id}", "deleted", null);
        }

        transaction.Commit();
        return deleted;
    }

    public IReadOnlyList<AlertRule> AlertRules()
    {
        using var command = Command("SELECT id, name, owner_org, type, country, admin1, actor, keyword, min_fatalities, webhook, secret, anomalies FROM alert_rules ORDER BY id");
        var rules = new List<AlertRule>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rules.Add(new AlertRule(reader.GetInt64(0), reader.GetString(1), reader.GetString(2))
            {
                Type = String(reader, 3) is { } type ? EventTypes.Parse(type) : null,
                Country = String(reader, 4),
                Admin1 = String(reader, 5),
                Actor = String(reader, 6),
                Keyword = String(reader, 7),
                MinFatalities = reader.IsDBNull(8) ? null : Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture),
                Webhook = String(reader, 9) is { } url ? new Uri(url) : null,
                Secret = String(reader, 10),
                Anomalies = Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture) == 1,
            });
        }

        return rules;
    }

    public long AlertWatermark() => Scalar("SELECT value FROM alert_state WHERE name = 'events'") is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;

    public void SetAlertWatermark(long eventId)
    {
        using var upsert = Command("INSERT INTO alert_state (name, value) VALUES ('events', @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        Add(upsert, "@value", eventId);
        upsert.ExecuteNonQuery();
    }

    public IReadOnlyList<StoredEvent> EventsAfter(long eventId, int limit) =>
        Query("WHERE e.id > @after", c => Add(c, "@after", eventId), limit, 0, EventSort.Stored);

    public bool RecordAlert(long ruleId, long eventId, DateTimeOffset at, bool deliver, string? detail = null)
    {
        using var insert = Command(
            "INSERT INTO alerts (rule_id, event_id, at, deliver, next_attempt_at, detail) VALUES (@rule, @event, @at, @deliver, @at, @detail) ON CONFLICT DO NOTHING");
        Add(insert, "@detail", Nullable(detail));
        Add(insert, "@rule", ruleId);
        Add(insert, "@event", eventId);
        Add(insert, "@at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Add(insert, "@deliver", deliver ? 1 : 0);
        return insert.ExecuteNonQuery() == 1;
    }

    public IReadOnlyList<Alert> Alerts(int limit) => ReadAlerts(
        $"""
        SELECT {AlertColumns} FROM alerts a JOIN alert_rules r ON r.id = a.rule_id JOIN events e ON e.id = a.event_id
        WHERE {Visible("e")} ORDER BY a.id DESC LIMIT @limit
        """, c => Add(c, "@limit", limit));

    public IReadOnlyList<Alert> DueDeliveries(DateTimeOffset now, int maxAttempts) => ReadAlerts(
        $"""
        SELECT {AlertColumns} FROM alerts a JOIN alert_rules r ON r.id = a.rule_id
        WHERE a.deliver = 1 AND a.delivered_at IS NULL AND a.attempts < @max AND a.next_attempt_at <= @now
        ORDER BY a.id LIMIT 100
        """, c =>
        {
            Add(c, "@max", maxAttempts);
            Add(c, "@now", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        });

    public void RecordDelivery(long alertId, DateTimeOffset at, string? error, DateTimeOffset? nextAttempt)
    {
        using var update = Command(
            """
            UPDATE alerts SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next,
                delivered_at = CASE WHEN CAST(@error AS TEXT) IS NULL THEN CAST(@at AS TEXT) ELSE NULL END
            WHERE id = @id
            """);
        Add(update, "@error", Nullable(error));
        Add(update, "@next", Nullable(nextAttempt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        Add(update, "@at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Add(update, "@id", alertId);
        update.ExecuteNonQuery();
    }

    private List<Alert> ReadAlerts(string sql, Action<DbCommand> bind)
    {
        using var command = Command(sql);
        bind(command);
        var alerts = new List<Alert>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            alerts.Add(new Alert(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), Time(reader, 4)!.Value)
            {
                DeliveredAt = Time(reader, 5),
                Attempts = Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
                LastError = String(reader, 7),
                NextAttemptAt = Time(reader, 8),
                Detail = String(reader, 9),
            });
        }

        return alerts;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture);
}
