package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.ApplicationClasses;
import org.protocolplanner.engagement.EngagementPlans;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scoring draft is built and waited for outside any transaction: a caller's transaction would hold a
 * database connection for the seconds a build takes and while it waits for another request's build, and the
 * moves queued behind one build then took the whole pool, so that reads timed out waiting for a connection
 * (503). {@link ScheduleDrafts} reads in short transactions of its own.
 */
class DraftWorkOutsideTransactionsTest {

    @Test
    void noTransactionalMethodAsksForADraft() {
        List<JavaMethod> transactional = ApplicationClasses.all().stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Transactional.class)
                        || method.getOwner().isAnnotatedWith(Transactional.class))
                .toList();
        assertThat(transactional)
                .as("the rule sees the application's transactions")
                .isNotEmpty();

        List<String> holding = transactional.stream()
                .filter(method -> method.getMethodCallsFromSelf().stream().anyMatch(this::asksForADraft))
                .map(JavaMethod::getFullName)
                .toList();

        assertThat(holding).isEmpty();
    }

    @Test
    void theRuleSeesTheCallersOfDrafts() {
        List<String> callers = ApplicationClasses.all().stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.getMethodCallsFromSelf().stream().anyMatch(this::asksForADraft))
                .map(method -> method.getOwner().getSimpleName() + "." + method.getName())
                .toList();

        assertThat(callers)
                .contains(
                        "ScoreAnalysisService.preview",
                        "ScoreAnalysisService.places",
                        "PlanContentRules.scoreAfterMove",
                        "EngagementService.assign");
    }

    private boolean asksForADraft(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.equals(ScheduleDrafts.class.getName()) && name.equals("draft"))
                || (owner.equals(EngagementPlans.class.getName()) && name.equals("scoreAfterMove"));
    }
}
