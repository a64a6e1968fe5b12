package news.akhbar.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/** Every operation can fail on the server or be asked for a format it does not speak: say so once, here. */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (!operation.getResponses().hasAPIResponse("406")) {
                    operation.getResponses().addAPIResponse("406",
                            OASFactory.createAPIResponse().ref("#/components/responses/NotAcceptable"));
                }
                if (!operation.getResponses().hasAPIResponse("500")) {
                    operation.getResponses().addAPIResponse("500",
                            OASFactory.createAPIResponse().ref("#/components/responses/InternalError"));
                }
            }
        }
    }
}
