% Spike times of the twenty panels of Fig. 1 of Izhikevich (2004), "Which model to use for cortical
% spiking neurons?", from the script that drew the figure: the author's figure1.m
% (www.izhikevich.org/publications/figure1.m; the same file also draws Fig. 2 of Izhikevich 2003),
% run unchanged under GNU Octave. The notebook papers/neurons/izhikevich_2003_simple_model checks its
% own panels against these spike times.
%
% In a folder that holds figure1.m and this file:
%     octave --no-gui --norc --eval figure1_reference > figure1_reference.json
% (Octave needs a graphics toolkit to draw the invisible figure; on a machine without a display,
% install gnuplot and a font, e.g. the Debian packages octave, gnuplot-nox and fonts-dejavu-core.)
%
% figure1.m draws each panel's membrane potential VV against its time grid tspan, with every spike
% drawn as the value +30 mV (v is reset in the step it passes 30 mV, and the script stores 30 for
% that step instead). A spike's time here is the grid time t of that step: the script steps from
% t to t + tau with the input I(t), so the spike happened during (t, t + tau].
set(0, 'defaultfigurevisible', 'off');
figure1;
panels = findobj(gcf, 'type', 'axes');
labels = cellfun(@(ax) get(get(ax, 'title'), 'string')(2), num2cell(panels));
[labels, order] = sort(labels);
printf('{\n  "source": "figure1.m of Izhikevich (2004), Fig. 1, run unchanged under GNU Octave %s",\n', version());
printf('  "time": "grid time t [ms] of the step in which v passed 30 mV (the step runs from t to t + tau)",\n');
printf('  "spike_times": {\n');
for k = 1:numel(panels)
  lines = get(panels(order(k)), 'children');
  trace = lines(end);  % the first curve drawn in the panel: VV against tspan
  t = get(trace, 'xdata')(get(trace, 'ydata') == 30);
  separator = ',';
  if k == numel(panels)
    separator = '';
  end
  printf('    "%s": [%s]%s\n', labels(k), strjoin(arrayfun(@(x) sprintf('%.10g', x), t, 'UniformOutput', false), ', '), separator);
end
printf('  }\n}\n');
