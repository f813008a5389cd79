package org.plenary.acceptance;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Optional;

/**
 * As the test run begins, before any class starts a system: when the run holds the browser's test, what the browser
 * needs starts installing in the background ({@link Browser#prepare()}), so a download overlaps the first local
 * run's start instead of following it. Registered in META-INF/services.
 */
public class PrepareTheBrowser implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean withTheBrowser = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(Optional::stream)
                .anyMatch(source -> source instanceof ClassSource type
                        && type.getClassName().equals(ClientAndDashboardAcceptanceTest.class.getName()));
        if (withTheBrowser) {
            Browser.prepare();
        }
    }
}
