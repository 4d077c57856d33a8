using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Organizations;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Organizations;

[Collection(ServicesCollection.Name)]
public sealed class OrganizationRegistryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private OrganizationRegistry Registry => _host.Services.GetRequiredService<OrganizationRegistry>();

    [Fact]
    public async Task ImportAsync_WritesNothing_WhenAnyRecordIsInvalid()
    {
        var good = Record(TestHost.NewOrganizationId());
        var bad = Record(TestHost.NewOrganizationId()) with { DeadlineOverride = "13-01" };

        await Assert.ThrowsAsync<ArgumentException>(() => Registry.ImportAsync([good, bad], default));

        Assert.Null(await Registry.GetAsync(good.Id, default));
    }

    [Fact]
    public async Task ImportAsync_RegistersEveryRecord_AndReplacesExistingOnes()
    {
        var first = Record(TestHost.NewOrganizationId());
        var second = Record(TestHost.NewOrganizationId());
        await Registry.UpsertAsync(first with { Name = "旧名称" }, default);

        await Registry.ImportAsync([first, second], default);

        foreach (var expected in new[] { first, second })
        {
            var stored = await Registry.GetAsync(expected.Id, default);
            Assert.Equal(expected.Contacts, stored!.Contacts);
            Assert.Equal(expected with { Contacts = [] }, stored with { Contacts = [] });
        }
    }

    [Fact]
    public async Task UpsertAsync_KeepsTheToken_WhileDeactivatingStopsItsUse()
    {
        var (organization, token) = await _host.RegisterAsync();

        await Registry.UpsertAsync(organization with { Name = "大岚镇人民政府（更名）" }, default);
        Assert.True(await Registry.VerifyTokenAsync(organization.Id, token, default));

        await Registry.UpsertAsync(organization with { Active = false }, default);
        Assert.False(await Registry.VerifyTokenAsync(organization.Id, token, default));
    }

    private static OrganizationRecord Record(string id) =>
        new(id, "宁波市教育局", OrganizationKind.Department, ["gk@jyj.example.gov.cn"], "01-20", true, "office@ningbo.example.gov.cn");
}
