package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * Test management (x.7.1.8–x.7.1.13): the policy and process, the test owner, the test environments, the tests run
 * in production and the data used in tests.
 *
 * @param policies        信息系统软硬件测试管理制度和流程: the documents that set the test policy and process for
 *                        testing software and hardware before go-live ([] when there are none)
 * @param owners          the people appointed to plan, organise, carry out and record system tests and coordinate
 *                        the parties (专人负责系统测试), current and past ([] when nobody was appointed)
 * @param environments    the test environments ([] when there is none)
 * @param productionTests the tests run in the production environment because of business needs ([] when none)
 * @param datasets        the data sets loaded into test environments ([] when none)
 */
public record Testing(
        @JsonPropertyDescription("信息系统软硬件测试管理制度和流程: the documents that set the test policy and process for testing software and hardware before go-live; [] when there are none.")
        List<DocumentRecord> policies,
        @JsonPropertyDescription("The people appointed to plan, organise, carry out and record system tests and to coordinate the parties (专人负责系统测试), current and past; [] when nobody was appointed.")
        List<RoleHolder> owners,
        @JsonPropertyDescription("The test environments; [] when there is none.")
        List<TestEnvironment> environments,
        @JsonPropertyDescription("The tests run in the production environment because of business needs (因业务需要使用生产环境进行测试); [] when none.")
        List<ProductionTest> productionTests,
        @JsonPropertyDescription("The data sets loaded into test environments; [] when none.")
        List<TestDataset> datasets) implements FactSource, Identified {

    public Testing {
        policies = policies == null ? null : List.copyOf(policies);
        owners = owners == null ? null : List.copyOf(owners);
        environments = environments == null ? null : List.copyOf(environments);
        productionTests = productionTests == null ? null : List.copyOf(productionTests);
        datasets = datasets == null ? null : List.copyOf(datasets);
    }

    @Override
    public String id() {
        return "maintenance.testing";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(environments, sink);
        FactSource.each(productionTests, sink);
        FactSource.each(datasets, sink);
    }
}
