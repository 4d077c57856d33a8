using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Validation;
using ReportFunctions.Email;
using ReportFunctions.Functions;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;
using ReportFunctions.Tests.Reminders;

namespace ReportFunctions.Tests.Email;

/// <summary>The outbox queue and its sender against Azurite and smtp4dev: delivery, redelivery, SMTP down, poison listing.</summary>
[Collection(ServicesCollection.Name)]
public sealed class OutboxEndToEndTests(AzuriteFixture azurite, Smtp4devFixture smtp)
{
    private static OrganizationRecord Org(string unique) => new(
        $"org-{unique}", $"大岚镇人民政府{unique}", OrganizationKind.Township,
        [$"clerk-{unique}@example.gov.cn", $"head-{unique}@example.gov.cn"], null, true, null);

    [Fact]
    public async Task NotifyPublished_DeliversTheUrlToEveryContact()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow);
        var org = Org(app.Unique);
        var url = $"{ReminderTestApp.PublicBaseUrl}/api/reports/2025/{org.Id}.pdf";

        await app.Get<SubmissionNotifier>().NotifyPublishedAsync(org, $"{org.Name}2025年政府信息公开工作年度报告", 2025, url, 2, CancellationToken.None);
        await app.DrainOutboxAsync();

        var mail = Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        Assert.Equal(org.Contacts, mail.To);
        Assert.Equal($"【已更正发布】{org.Name}2025年政府信息公开工作年度报告（第2版）", mail.Subject);
        Assert.Contains(url, mail.Text);
        Assert.Contains($"href=\"{url}\"", mail.Html);
    }

    [Fact]
    public async Task NotifyRejected_ListsTheErrorsAndTheStatusUrl()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow);
        var org = Org(app.Unique);
        ValidationError[] errors =
        [
            new("balance", Severity.Error, "applications.total.naturalPerson", "三、本年度办理结果（七）总计·自然人：各项办理结果之和为2933，与填报的2932不符"),
            new("carry-over", Severity.Warning, "applications.carriedOver.total", "上年结转数与上年度报告不一致"),
        ];

        await app.Get<SubmissionNotifier>().NotifyRejectedAsync(org, "大岚镇2025年报告", 2025, "sub-123", errors, CancellationToken.None);
        await app.DrainOutboxAsync();

        var mail = Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        Assert.Equal($"【未通过校验】{org.Name}2025年政府信息公开工作年度报告", mail.Subject);
        Assert.Contains("共发现1个错误、1个提示", mail.Text);
        Assert.Contains("各项办理结果之和为2933，与填报的2932不符", mail.Text);
        Assert.Contains("提示：上年结转数与上年度报告不一致", mail.Text);
        Assert.DoesNotContain("applications.total.naturalPerson", mail.Text + mail.Html);
        Assert.DoesNotContain("balance", mail.Text + mail.Html);
        Assert.Contains($"{ReminderTestApp.PublicBaseUrl}/api/submissions/sub-123?org={org.Id}", mail.Text);
    }

    [Fact]
    public async Task SendEmail_SameMessageDeliveredTwice_IsSentOnce()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow);
        var org = Org(app.Unique);
        var notifier = app.Get<SubmissionNotifier>();

        // The pipeline worker handles a redelivered submission: the same outcome is notified twice.
        await notifier.NotifyPublishedAsync(org, "标题", 2025, "http://127.0.0.1:7071/x.pdf", 1, CancellationToken.None);
        await app.DrainOutboxAsync();
        await notifier.NotifyPublishedAsync(org, "标题", 2025, "http://127.0.0.1:7071/x.pdf", 1, CancellationToken.None);
        await app.DrainOutboxAsync();

        Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        Assert.Equal(0, (await app.Outbox.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task SendEmail_SameIdEnqueuedTwiceAndDeliveredConcurrently_IsSentOnce()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow);
        var org = Org(app.Unique);
        var notifier = app.Get<SubmissionNotifier>();

        // A redelivered submission notifies again before the first e-mail went out (e.g. SMTP was down): both
        // copies are on the queue at once and the host hands them to two concurrent invocations.
        await notifier.NotifyPublishedAsync(org, "标题", 2025, "http://127.0.0.1:7071/x.pdf", 1, CancellationToken.None);
        await notifier.NotifyPublishedAsync(org, "标题", 2025, "http://127.0.0.1:7071/x.pdf", 1, CancellationToken.None);
        await app.DrainOutboxAsync();

        Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        Assert.Equal(EmailDeliveries.Sent, (await app.Get<EmailDeliveries>().GetAsync($"published-{org.Id}-2025-v1", CancellationToken.None))?.Status);
        // The copy that lost the claim comes back after the lease (then finds the e-mail sent).
        Assert.Equal(1, (await app.Outbox.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task SendEmail_ClaimedByASenderThatDied_IsSentOnceItsLeaseHasPassed()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow);
        var org = Org(app.Unique);
        var email = new OutboxEmail($"test-{app.Unique}", org.Contacts, [], "标题", "正文", "<p>正文</p>");
        var message = Azure.Storage.Queues.Models.QueuesModelFactory.QueueMessage(
            "m1", "pop", BinaryData.FromString(JsonSerializer.Serialize(email, OutboxJsonContext.Web.OutboxEmail)), 1);
        // A sender claimed the id and died before sending or recording anything.
        Assert.Equal(DeliveryClaim.Claimed, await app.Get<EmailDeliveries>().ClaimAsync(email.Id, 1, OutboxDelivery.SendLease, CancellationToken.None));

        await app.Get<OutboxDelivery>().DeliverAsync(message, CancellationToken.None);
        Assert.Equal(EmailDeliveries.Sending, (await app.Get<EmailDeliveries>().GetAsync(email.Id, CancellationToken.None))?.Status);

        app.Time.Now += OutboxDelivery.SendLease + TimeSpan.FromSeconds(1);
        await app.Get<OutboxDelivery>().DeliverAsync(message, CancellationToken.None);

        Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        Assert.Equal(EmailDeliveries.Sent, (await app.Get<EmailDeliveries>().GetAsync(email.Id, CancellationToken.None))?.Status);
    }

    [Fact]
    public async Task SendEmail_SmtpDown_RetriesThenPoisonsAndListsTheMessage()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, ReminderTestApp.ClosedPort(), DateTimeOffset.UtcNow);
        var org = Org(app.Unique);

        await app.Get<SubmissionNotifier>().NotifyPublishedAsync(org, "标题", 2025, "http://127.0.0.1:7071/x.pdf", 1, CancellationToken.None);
        await app.DrainOutboxAsync();

        Assert.Equal(0, (await app.Outbox.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        var poisoned = Assert.Single((await app.OutboxPoison.PeekMessagesAsync(32)).Value);
        Assert.Equal(org.Contacts, EmailOutbox.Parse(poisoned.Body).To);

        var unauthorized = await app.Function<OutboxPoisonFunction>().ListPoisonedEmails(app.Request("GET", admin: false), CancellationToken.None);
        Assert.Equal(401, ReminderTestApp.Read(unauthorized).Status);

        var (status, body, contentType) = ReminderTestApp.Read(
            await app.Function<OutboxPoisonFunction>().ListPoisonedEmails(app.Request("GET"), CancellationToken.None));
        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(1, json.RootElement.GetProperty("count").GetInt32());
        var email = Assert.Single(json.RootElement.GetProperty("emails").EnumerateArray().ToList());
        Assert.Equal($"published-{org.Id}-2025-v1", email.GetProperty("id").GetString());
        Assert.Equal($"【已发布】{org.Name}2025年政府信息公开工作年度报告", email.GetProperty("subject").GetString());
        Assert.Equal(org.Contacts, email.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(5, email.GetProperty("attempts").GetInt32());
        Assert.Contains("SocketException", email.GetProperty("error").GetString());
        Assert.Contains("已发布", body); // Chinese as is, not \u escapes
    }

    [Fact]
    public async Task SmtpOptions_WithoutHostOrFrom_FailValidation()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow,
            new Dictionary<string, string?> { ["Smtp:Host"] = "", ["Smtp:From"] = "not-an-address" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Get<IOptions<SmtpOptions>>().Value);
        Assert.Contains(error.Failures, f => f.Contains("Host", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("From", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SmtpOptions_TlsModeFromTheEnvironmentStyleSetting_IsBound()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UtcNow,
            new Dictionary<string, string?> { ["Smtp:TlsMode"] = "SslOnConnect", ["Smtp:Port"] = "465" });

        Assert.Equal((SmtpTlsMode.SslOnConnect, 465), (app.Get<IOptions<SmtpOptions>>().Value.TlsMode, app.Get<IOptions<SmtpOptions>>().Value.Port));
    }
}
